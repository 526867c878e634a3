import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountUi, type Ui } from './mount';
import { controller } from './test/controller';

let ui: Ui | undefined;
afterEach(() => ui?.destroy());

const shadow = () => document.querySelector('consentry-ui')?.shadowRoot;
const banner = () => shadow()?.querySelector('.banner');
const dialog = () => shadow()?.querySelector('dialog');
const button = (root: ParentNode | null | undefined, name: string) =>
  [...(root?.querySelectorAll('button') ?? [])].find((element) => element.textContent === name)!;

describe('mountUi', () => {
  it('shows the banner on a first visit, in a shadow root at the start of the page', () => {
    document.body.innerHTML = '<main>page</main>';
    ui = mountUi(controller());
    expect(document.body.firstElementChild!.tagName).toBe('CONSENTRY-UI');
    expect(banner()).toBeTruthy();
    expect(document.querySelector('.banner')).toBeNull();
  });

  it('builds nothing at all for a visitor whose choice stands', () => {
    const consentry = controller();
    consentry.acceptAll();
    ui = mountUi(consentry);
    expect(document.querySelector('consentry-ui')).toBeNull();
  });

  it('asks nothing of a site that has only necessary cookies', () => {
    ui = mountUi(controller({ categories: {}, services: [] }));
    expect(document.querySelector('consentry-ui')).toBeNull();
  });

  it('builds nothing inside a zero-telemetry zone, but the preferences still open', () => {
    const consentry = controller();
    consentry.suspend(true);
    ui = mountUi(consentry);
    expect(document.querySelector('consentry-ui')).toBeNull();
    ui.showPreferences();
    expect(dialog()?.open).toBe(true);
  });

  it('hides the banner at once and records the choice only after the next paint', async () => {
    const consentry = controller();
    ui = mountUi(consentry);
    button(banner(), 'Reject all').click();
    expect(banner()).toBeFalsy();
    expect(consentry.get().decided).toBe(false);
    await vi.waitFor(() => expect(consentry.get().method).toBe('reject-all'));
  });

  it('opens the preferences from any data-consentry-open element, and returns focus there on close', async () => {
    document.body.innerHTML = '<footer><a href="#" data-consentry-open><span>Cookie settings</span></a></footer>';
    const consentry = controller();
    consentry.rejectAll();
    ui = mountUi(consentry);
    const link = document.querySelector('a')!;
    link.focus();
    document.querySelector('span')!.click();
    expect(dialog()?.open).toBe(true);
    expect(banner()).toBeFalsy();
    dialog()!.close();
    await vi.waitFor(() => expect(document.activeElement).toBe(link));
    expect(dialog()).toBeFalsy();
  });

  it('keeps one dialog when asked to open the preferences twice', () => {
    ui = mountUi(controller());
    ui.showPreferences();
    ui.showPreferences();
    expect(shadow()!.querySelectorAll('dialog')).toHaveLength(1);
  });

  it('brings the banner back after reset(), and hides it when another tab decides', () => {
    const consentry = controller();
    consentry.acceptAll();
    ui = mountUi(consentry);
    consentry.reset();
    expect(banner()).toBeTruthy();
    consentry.rejectAll();
    expect(banner()).toBeFalsy();
  });

  it('hides the banner while a zero-telemetry zone suspends tracking, and brings it back after, if still undecided', () => {
    const consentry = controller();
    ui = mountUi(consentry);
    consentry.suspend(true);
    expect(banner()).toBeFalsy();
    consentry.suspend(false);
    expect(banner()).toBeTruthy();
    consentry.suspend(true);
    consentry.rejectAll();
    consentry.suspend(false);
    expect(banner()).toBeFalsy();
  });

  it('applies the theme config to the shadow root only', () => {
    ui = mountUi(controller({ theme: { accent: '#007a5a' } }));
    const sheets = shadow()!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText));
    expect(sheets.join()).toContain('--consentry-accent: #007a5a');
    expect(document.querySelector('[style]')).toBeNull();
  });

  it('without constructable stylesheets (Safari before 16.4), styles, theme and nonce go in <style> elements', () => {
    vi.stubGlobal('CSSStyleSheet', class {});
    try {
      document.body.innerHTML = '<main>page</main>';
      ui = mountUi(controller({ theme: { accent: '#007a5a' }, nonce: 'n0nce' }));
      const style = shadow()!.querySelector('style')!;
      expect(style.getAttribute('nonce')).toBe('n0nce');
      expect(style.sheet!.cssRules[0]!.cssText).toContain('--consentry-accent: #007a5a');
      expect(banner()).toBeTruthy();
      // The room kept for the banner below the page is one more <style>, in the document's head.
      expect(document.head.querySelector('style')!.getAttribute('nonce')).toBe('n0nce');
      button(banner(), 'Reject all').click();
      expect(banner()).toBeFalsy();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
