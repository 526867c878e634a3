import type { BrowserWindow } from '../types';

/** The part of the Trusted Types API used here (not in every TypeScript DOM library yet). */
interface ScriptUrlPolicy {
  createScriptURL(url: string): string;
}
type TrustedTypesWindow = BrowserWindow & { trustedTypes?: { createPolicy(name: string, rules: { createScriptURL(url: string): string }): ScriptUrlPolicy } };

/** The `consentry` policy once made (one bundle runs in one page), or null where the page's CSP refuses it. */
let policy: ScriptUrlPolicy | null | undefined;

/**
 * Under `require-trusted-types-for 'script'` a script's `src` takes only a TrustedScriptURL. The URLs
 * Consentry loads are its vendors' and the config's, so it makes them trusted with a policy of its own,
 * named `consentry` (a site lists it: `trusted-types consentry`), created once, where no other code can
 * reach it. Without the browser API, or where the CSP refuses the policy, the URL stays a string, and a
 * refused load is reported, never thrown into the page.
 */
function scriptUrl(window: TrustedTypesWindow, src: string): string {
  try {
    policy ??= window.trustedTypes?.createPolicy('consentry', { createScriptURL: (url) => url }) ?? null;
  } catch {
    policy = null; // The CSP's `trusted-types` list does not name consentry.
  }
  return policy?.createScriptURL(src) ?? src;
}

/** Adds an async `<script>` (carrying the site's CSP nonce) and resolves when it has loaded. */
export function loadScript(window: BrowserWindow, nonce: string | undefined, src: string, attributes: Record<string, string> = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = window.document.createElement('script');
    script.async = true;
    script.src = scriptUrl(window, src);
    if (nonce) script.nonce = nonce;
    for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value);
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`Consentry: could not load ${src}`));
    window.document.head.appendChild(script);
  });
}
