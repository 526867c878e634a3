import { describe, expect, it, vi } from 'vitest';
import { resolveLocale } from '../i18n/language';
import { controller } from '../test/controller';
import { renderDialog } from './dialog';

const english = resolveLocale({ language: 'en', texts: {} });
const actions = () => ({ save: vi.fn(), acceptAll: vi.fn(), rejectAll: vi.fn() });
const switchFor = (dialog: HTMLElement, label: string) => {
  const id = [...dialog.querySelectorAll('label')].find((element) => element.textContent === label)!.htmlFor;
  return dialog.querySelector<HTMLButtonElement>(`#${id}`)!;
};

describe('renderDialog', () => {
  it('has a switch per category, none pre-ticked before a choice, necessary always on', () => {
    const dialog = renderDialog(controller(), english, actions());
    expect(switchFor(dialog, 'Necessary').disabled).toBe(true);
    expect(switchFor(dialog, 'Necessary').getAttribute('aria-checked')).toBe('true');
    expect(switchFor(dialog, 'Analytics').getAttribute('aria-checked')).toBe('false');
    expect(switchFor(dialog, 'Marketing').getAttribute('aria-checked')).toBe('false');
    expect(dialog.textContent).toContain('Visits, counted.');
    expect(dialog.textContent).toContain('Services: stats');
  });

  it('saves what the visitor switched', () => {
    const on = actions();
    const dialog = renderDialog(controller(), english, on);
    switchFor(dialog, 'Marketing').click();
    expect(switchFor(dialog, 'Marketing').getAttribute('aria-checked')).toBe('true');
    [...dialog.querySelectorAll('button')].find((button) => button.textContent === 'Save preferences')!.click();
    expect(on.save).toHaveBeenCalledWith({ analytics: false, marketing: true });
  });

  it('shows the consent in force when re-opened', () => {
    const consentry = controller();
    consentry.set({ analytics: true });
    const dialog = renderDialog(consentry, english, actions());
    expect(switchFor(dialog, 'Analytics').getAttribute('aria-checked')).toBe('true');
    expect(switchFor(dialog, 'Marketing').getAttribute('aria-checked')).toBe('false');
  });

  it('keeps a sharing category off, and locked, when Global Privacy Control is on', () => {
    vi.stubGlobal('navigator', Object.assign(Object.create(navigator), { globalPrivacyControl: true }));
    const dialog = renderDialog(controller({ regime: 'opt-out' }), english, actions());
    vi.unstubAllGlobals();
    expect(switchFor(dialog, 'Marketing').disabled).toBe(true);
    expect(switchFor(dialog, 'Marketing').getAttribute('aria-checked')).toBe('false');
    expect(switchFor(dialog, 'Analytics').getAttribute('aria-checked')).toBe('true');
  });
});
