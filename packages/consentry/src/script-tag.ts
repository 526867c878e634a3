import { createConsentry, type ConsentryWithUi } from './consentry';

declare global {
  interface Window {
    Consentry: Partial<ConsentryWithUi> & { init(config: unknown): void };
  }
}

/**
 * A bad config must not break the host page: no exception escapes, the problem is logged naming each
 * field, and nothing is shown or loaded.
 */
function report(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  console.error(message.startsWith('Consentry:') ? message : `Consentry: ${message}`);
}

let started = false;

function init(config: unknown): void {
  if (started) return report('already started');
  try {
    window.Consentry = Object.assign(createConsentry(config as never), { init });
    started = true;
  } catch (error) {
    report(error);
  }
}

/**
 * A second copy of the script (a tag manager adding it again, a theme and a plugin both) must not start a
 * second controller: two banners, and a refusal in one leaving the other's trackers running. Marked with a
 * symbol, which no element can clobber the way an `id="Consentry"` shadows a global name.
 */
const copy = Symbol.for('consentry.script');
if ((window as unknown as Record<symbol, boolean>)[copy]) {
  console.warn('Consentry: loaded more than once, the copy after the first is ignored');
} else {
  (window as unknown as Record<symbol, boolean>)[copy] = true;
  window.Consentry = { init };
  // A JSON block rather than an inline script, so that the config works under a CSP without 'unsafe-inline'.
  // Only a JSON script block: any element can carry the id (a `<p>` of user content before it), and a page
  // that has two cannot tell its own from one injected into it, so neither is used.
  const [block, other] = document.querySelectorAll('script[type="application/json"]#consentry-config');
  if (other) report('two #consentry-config blocks: neither is used');
  else if (block) {
    try {
      // Only the parse can throw here: `init` reports its own errors.
      init(JSON.parse(block.textContent!));
    } catch (error) {
      report(`#consentry-config is not valid JSON (${(error as Error).message})`);
    }
  }
}
