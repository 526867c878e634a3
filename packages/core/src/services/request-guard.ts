/**
 * The in-page request guard: it refuses requests that a refusal rule names (a zone's, or the hosts of a
 * withdrawn vendor) and lets everything else through. Defence in depth: only a fresh document served with
 * a CSP header is airtight.
 */
import type { BrowserWindow, RequestRefusal } from '../types';

const REFUSED = 'Consentry: refused';

const rules = new WeakMap<BrowserWindow, RequestRefusal[]>();

/**
 * Adds a refusal rule. The wrappers are installed once per window, before any vendor loads, and stay,
 * asking every rule on each call, so that wrappers vendors add on top of them later never get unwrapped.
 */
export function refuseRequests(window: BrowserWindow, rule: RequestRefusal): void {
  const existing = rules.get(window);
  if (existing) return void existing.push(rule);
  const list = [rule];
  rules.set(window, list);
  installGuard(window, (url) => {
    try {
      const resolved = new URL(url as string, window.document.baseURI);
      return list.some((refuses) => refuses(resolved));
    } catch {
      return false; // Not a URL anything can fetch.
    }
  });
}

function installGuard(window: BrowserWindow, refused: (url: unknown) => boolean): void {
  const { navigator, Element, Node, XMLHttpRequest } = window;
  // Like a CSP refusal: the element or request fails, so a loader waiting on it does not hang.
  const fail = (target: EventTarget) => window.setTimeout(() => target.dispatchEvent(new window.Event('error')));

  // Setters on the prototypes cover createElement, createElementNS, `new Image()` and cloneNode alike. The
  // `src` setter reflects the content attribute ("on setting, set the content attribute to the given value"),
  // so it is answered by setting the attribute, which the one check in setAttribute sees.
  for (const { prototype } of [window.HTMLScriptElement, window.HTMLImageElement, window.HTMLIFrameElement]) {
    Object.defineProperty(prototype, 'src', {
      set(this: Element, value: string) {
        this.setAttribute('src', value);
      },
    });
  }
  const { setAttribute } = Element.prototype;
  Element.prototype.setAttribute = function (this: Element, name: string, value: string) {
    if (name.toLowerCase() === 'src' && refused(value)) fail(this);
    else setAttribute.call(this, name, value);
  };

  // A script made by another document (an iframe's createElement) or parsed from markup never met the
  // setters: "A script made with createElement and appended ... is fetched AND executed" unless stopped
  // before insertion. A non-JavaScript type makes the browser neither fetch nor run it.
  const disarm = (node: Partial<Element> | null) => {
    for (const script of node?.nodeName === 'SCRIPT' ? [node as HTMLScriptElement] : (node?.querySelectorAll?.('script') ?? [])) {
      if (refused(script.src)) {
        script.type = 'text/plain';
        fail(script);
      }
    }
  };
  // Node's own insertion methods, the ParentNode, ChildNode and Element ones elements add, and Range's (which
  // inserts what `createContextualFragment` parsed: unlike innerHTML, its scripts run once inserted).
  const prototypes = [Node, Element, window.Range].map((constructor) => constructor.prototype);
  for (const name of ['appendChild', 'insertBefore', 'replaceChild', 'append', 'prepend', 'before', 'after', 'replaceWith', 'replaceChildren', 'insertAdjacentElement', 'insertNode', 'surroundContents']) {
    const prototype = prototypes.find((prototype) => name in prototype)!;
    const insert = prototype[name as keyof typeof prototype] as (...nodes: unknown[]) => unknown;
    Object.assign(prototype, {
      // insertAdjacentElement's first argument is a position string, which disarm passes over.
      [name](this: unknown, ...nodes: (Partial<Element> | null)[]) {
        nodes.forEach(disarm);
        return insert.apply(this, nodes);
      },
    });
  }

  const { fetch } = window;
  window.fetch = (input, init) =>
    refused((input as Request).url ?? input) ? Promise.reject(new TypeError(REFUSED)) : fetch(input, init);

  const { open, send } = XMLHttpRequest.prototype;
  const refusedRequests = new WeakSet<XMLHttpRequest>();
  XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, ...args: unknown[]) {
    if (refused(args[1])) refusedRequests.add(this);
    else refusedRequests.delete(this);
    return (open as (...args: unknown[]) => void).apply(this, args);
  };
  XMLHttpRequest.prototype.send = function (this: XMLHttpRequest, body) {
    if (refusedRequests.has(this)) fail(this);
    else send.call(this, body);
  };

  const { sendBeacon } = navigator as { sendBeacon?: Navigator['sendBeacon'] };
  // "The sendBeacon() method returns false if the user agent is unable to queue the data for transfer."
  // Defined rather than assigned: a page may have made its own `sendBeacon` read-only.
  const beacon = (url: string | URL, data?: BodyInit | null) => !refused(url) && sendBeacon!.call(navigator, url, data);
  if (sendBeacon) Object.defineProperty(navigator, 'sendBeacon', { value: beacon, configurable: true, writable: true });

  // A Proxy keeps `WebSocket.OPEN`, `EventSource.CLOSED` and `instanceof` working for everyone else.
  for (const name of ['WebSocket', 'EventSource'] as const) {
    if (window[name]) {
      (window[name] as object) = new Proxy(window[name], {
        construct(target, args: [unknown], newTarget) {
          if (refused(args[0])) throw new window.DOMException(REFUSED, 'SecurityError');
          return Reflect.construct(target, args, newTarget);
        },
      });
    }
  }
}
