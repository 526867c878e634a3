import type { Choices, Consentry } from '@consentry/core';
import { h } from '../dom/h';
import type { Locale } from '../i18n/language';
import { button, policyLink } from '../parts';

export interface DialogActions {
  save(choices: Choices): void;
  acceptAll(): void;
  rejectAll(): void;
}

/** A category with its switch: a `<button role="switch">` named by its `<label>`, described by its text. */
function category(id: string, label: string, description: string | undefined, services: string[], locale: Locale, checked: boolean, disabled: boolean) {
  return h(
    'section',
    null,
    h(
      'div',
      { class: 'category' },
      h('label', { for: `consentry-${id}` }, label),
      h('button', {
        type: 'button',
        role: 'switch',
        id: `consentry-${id}`,
        'aria-checked': String(checked),
        'aria-describedby': `consentry-${id}-about`,
        disabled,
        onclick: (event) => {
          const target = event.currentTarget as HTMLElement;
          target.setAttribute('aria-checked', String(target.getAttribute('aria-checked') !== 'true'));
        },
      }),
    ),
    h(
      'div',
      { id: `consentry-${id}-about`, class: 'muted' },
      description && h('p', null, description),
      services.length > 0 && h('p', null, `${locale.texts.services}: ${services.join(', ')}`),
    ),
  );
}

/**
 * The preferences dialog: one switch per optional category showing the consent in force (never
 * pre-ticked before a choice under opt-in), `necessary` shown as always on, then Accept all, Reject all and
 * Save. A sharing category that Global Privacy Control turned off cannot be switched back on here.
 */
export function renderDialog(consentry: Consentry, locale: Locale, actions: DialogActions): HTMLDialogElement {
  const { texts } = locale;
  const { categories, services } = consentry.config;
  const state = consentry.get();
  const servicesOf = (id: string) => services.filter((service) => service.category === id).map((service) => service.id);
  const dialog = h(
    'dialog',
    { 'aria-labelledby': 'consentry-prefs', lang: locale.lang, dir: locale.dir },
    h(
      'div',
      { class: 'head' },
      h('h2', { id: 'consentry-prefs' }, texts.prefsTitle),
      h('button', { type: 'button', class: 'secondary close', 'aria-label': texts.close, onclick: () => dialog.close() }, '×'),
    ),
    category('necessary', texts.necessary, texts.necessaryBody, servicesOf('necessary'), locale, true, true),
    Object.entries(categories).map(([id, { label, description, sharing }]) =>
      category(id, label, description, servicesOf(id), locale, state.categories[id] === true, state.gpc && sharing),
    ),
    h('p', null, policyLink(locale, consentry.config.privacyPolicyUrl)),
    h(
      'div',
      { class: 'actions' },
      // Accept and Reject first, so that when the row wraps they stay side by side, of equal size.
      button(texts.acceptAll, actions.acceptAll),
      button(texts.rejectAll, actions.rejectAll),
      button(texts.save, () => {
        const choices: Choices = {};
        for (const id of Object.keys(categories)) {
          choices[id] = dialog.querySelector(`#consentry-${id}`)!.getAttribute('aria-checked') === 'true';
        }
        actions.save(choices);
      }),
    ),
  );
  return dialog;
}
