import type { BrowserWindow } from '../types';
/** Adds an async `<script>` (carrying the site's CSP nonce) and resolves when it has loaded. */
export function loadScript(window: BrowserWindow, nonce: string | undefined, src: string, attributes: Record<string, string> = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = window.document.createElement('script');
    script.async = true;
    script.src = src;
    if (nonce) script.nonce = nonce;
    for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value);
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`Consentry: could not load ${src}`));
    window.document.head.appendChild(script);
  });
}
