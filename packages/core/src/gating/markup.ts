import type { BrowserWindow } from '../types';
/**
 * Markup gating: `<script type="text/plain" data-consent="analytics">` and
 * `<iframe data-consent="marketing" data-src="...">` stay inert until their category or service is granted.
 * A non-JavaScript type is never fetched by the browser, unlike a script whose type is rewritten later.
 */
const SELECTOR = 'script[type="text/plain"][data-consent],iframe[data-consent][data-src]';

export interface MarkupGate {
  /** Activates every granted element not yet activated, in document order. */
  update(): void;
  destroy(): void;
  /** Whether any gated element has been activated in this document. */
  readonly activated: boolean;
}

export function createMarkupGate(isGranted: (id: string) => boolean, window: BrowserWindow, nonce?: string): MarkupGate {
  const document = window.document;
  const done = new WeakSet<Element>();
  // Scripts run one after the other, as the parser would have run them: each waits for the one before.
  let queue = Promise.resolve();

  const runScript = (inert: HTMLScriptElement) =>
    new Promise<void>((resolve) => {
      // Taken out of the page while it waited: it would never connect nor load, and stall every later one.
      if (!inert.isConnected) return resolve();
      // Withdrawn, or a zone entered, while it waited for the scripts before it: it stays inert, and a
      // later grant queues it again.
      if (!isGranted(inert.getAttribute('data-consent')!)) {
        done.delete(inert);
        return resolve();
      }
      // With a nonce in the config, only markup carrying it is the site's own: Consentry puts the nonce on
      // what it runs, so running an injected element would turn HTML injection into script that passes the
      // site's CSP (under 'strict-dynamic', from any host). Browsers hide a parsed nonce from the attribute
      // but keep it in the `nonce` property, which injected markup cannot guess.
      if (nonce && (inert.nonce || inert.getAttribute('nonce')) !== nonce) {
        window.console.warn('Consentry: a gated script without the page nonce stays inert', inert);
        return resolve();
      }
      try {
        const script = document.createElement('script');
        for (const { name, value } of inert.attributes) {
          if (name !== 'type' && name !== 'data-consent') script.setAttribute(name, value);
        }
        const type = inert.getAttribute('data-type');
        if (type) script.type = type;
        if (nonce) script.nonce = nonce;
        script.text = inert.text;
        if (inert.src) {
          script.async = false;
          script.onload = script.onerror = () => resolve();
        }
        inert.replaceWith(script);
      } catch (error) {
        // Trusted Types (`require-trusted-types-for 'script'`) refuse a script's text or `src` set from a
        // string: the script stays inert, reported, and the scripts after it still run.
        window.console.error('Consentry: a gated script could not run', error);
        return resolve();
      }
      if (!inert.src) resolve();
    });

  let activatedAny = false;
  const activate = (element: Element) => {
    done.add(element);
    activatedAny = true;
    if (element instanceof window.HTMLIFrameElement) {
      element.src = element.getAttribute('data-src')!;
      element.removeAttribute('data-src');
    } else {
      queue = queue.then(() => runScript(element as HTMLScriptElement));
    }
  };

  const consider = (element: Element) => {
    if (!done.has(element) && isGranted(element.getAttribute('data-consent')!)) activate(element);
  };
  const update = () => {
    // While the page is parsed, an inline script may not have all its text yet: DOMContentLoaded scans.
    if (document.readyState !== 'loading') document.querySelectorAll(SELECTOR).forEach(consider);
  };

  // Added markup is found by the same document query as a consent change: it keeps document order and
  // skips elements removed again before the callback (a script that never connects would stall the
  // queue). Observing starts once the parser is done: until then it would run for every element, for nothing.
  const observer = new window.MutationObserver(update);
  const start = () => {
    observer.observe(document.documentElement, { childList: true, subtree: true });
    update();
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
  return {
    update,
    destroy: () => {
      observer.disconnect();
      document.removeEventListener('DOMContentLoaded', start);
    },
    get activated() {
      return activatedAny;
    },
  };
}
