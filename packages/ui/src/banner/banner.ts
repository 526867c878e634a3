import type { ConsentState } from '@consentry/core';
import { h } from '../dom/h';
import type { Locale } from '../i18n/language';
import { button, policyLink } from '../parts';

export interface BannerActions {
  acceptAll(): void;
  rejectAll(): void;
  optOutOfSale(): void;
  managePreferences(): void;
}

/**
 * The first-visit banner: a labelled region, not a modal, so the page stays usable and readable by
 * screen readers. Opt-in: Accept all and Reject all share one style and size, as the EDPB cookie-banner
 * taskforce report (2023) finds a less visible reject button misleading. Opt-out (CCPA/CPRA): a notice
 * with the "Do Not Sell or Share" control, or, when Global Privacy Control was honoured, a note saying so;
 * its OK keeps the regime's defaults, everything on but what GPC turned off, recorded as accept-all.
 */
export function renderBanner(state: ConsentState, locale: Locale, policyUrl: string | undefined, actions: BannerActions) {
  const { texts } = locale;
  const optOut = state.regime === 'opt-out';
  const manage = button(texts.manage, actions.managePreferences, true);
  return h(
    'div',
    { class: 'banner', role: 'region', 'aria-labelledby': 'consentry-title', lang: locale.lang, dir: locale.dir },
    h(
      'div',
      { class: 'text' },
      h('h2', { id: 'consentry-title' }, texts.title),
      h('p', { class: 'muted' }, optOut ? texts.optOutBody : texts.body, ' ', policyLink(locale, policyUrl)),
      optOut && state.gpc && h('p', null, texts.gpc),
    ),
    h(
      'div',
      { class: 'actions' },
      optOut
        ? [!state.gpc && button(texts.doNotSell, actions.optOutOfSale), button(texts.ok, actions.acceptAll), manage]
        : [button(texts.acceptAll, actions.acceptAll), button(texts.rejectAll, actions.rejectAll), manage],
    ),
  );
}
