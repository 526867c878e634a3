import type { Choices, Consentry } from '@consentry/core';
import { h } from '../dom/h';
import type { Locale } from '../i18n/language';
import { button, policyLink } from '../parts';

export interface DialogActions {
  save(choices: Choices): void;
  acceptAll(): void;
  rejectAll(): void;
}

/**
 * The preferences dialog: one switch per optional category showing the consent in force (never
 * pre-ticked before a choice under opt-in), `necessary` shown as always on, then Accept all, Reject all and
 * Save. A sharing category that Global Privacy Control turned off cannot be switched back on here.
 */
export function renderDialog(consentry: Consentry, locale: Locale, actions: DialogActions): HTMLDialogElement {
  const { texts } = locale;
  const { categories, services, privacyPolicyUrl } = consentry.config;
  const state = consentry.get();
  // What Save records: the switches as the visitor left them.
  const choices: Choices = {};

  /** A category with its switch: a `<button role="switch">` named by its `<label>`, described by its text. */
  const category = (id: string, label: string, description: string | undefined, checked: boolean, disabled?: boolean) => {
    const switchId = `consentry-${id}`;
    const ids = services.filter((service) => service.category === id).map((service) => service.id);
    const toggle = h('button', {
      role: 'switch',
      id: switchId,
      'aria-checked': String(checked),
      'aria-describedby': `${switchId}-about`,
      disabled,
      onclick: () => toggle.setAttribute('aria-checked', String((choices[id] = !choices[id]))),
    });
    return h(
      'section',
      null,
      h('div', { class: 'category' }, h('label', { for: switchId }, label), toggle),
      h(
        'div',
        { id: `${switchId}-about`, class: 'muted' },
        description && h('p', null, description),
        ids.length > 0 && h('p', null, `${texts.services}: ${ids.join(', ')}`),
      ),
    );
  };

  const dialog = h(
    'dialog',
    { 'aria-labelledby': 'consentry-prefs', lang: locale.lang, dir: locale.dir },
    h(
      'div',
      { class: 'head' },
      h('h2', { id: 'consentry-prefs' }, texts.prefsTitle),
      h('button', { class: 'secondary close', 'aria-label': texts.close, onclick: () => dialog.close() }, '×'),
    ),
    category('necessary', texts.necessary, texts.necessaryBody, true, true),
    Object.entries(categories).map(([id, { label, description, sharing }]) => {
      choices[id] = state.categories[id] === true;
      return category(id, label, description, choices[id], state.gpc && sharing);
    }),
    h('p', null, policyLink(locale, privacyPolicyUrl)),
    h(
      'div',
      { class: 'actions' },
      // Accept and Reject first, so that when the row wraps they stay side by side, of equal size.
      button(texts.acceptAll, actions.acceptAll),
      button(texts.rejectAll, actions.rejectAll),
      button(texts.save, () => actions.save(choices)),
    ),
  );
  return dialog;
}
