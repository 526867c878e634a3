import type { Consentry } from '@consentry/core';
import { renderBanner } from './banner/banner';
import { reserveSpaceFor } from './banner/reserve-space';
import { openModal } from './dialog/modal';
import { renderDialog } from './dialog/dialog';
import { resolveLocale } from './i18n/language';
import { css } from './styles/css';
import { addStyles, applyTheme } from './styles/sheet';

export interface Ui {
  /** Shows the banner (again), whatever the stored choice. */
  show(): void;
  /** Opens the preferences dialog. */
  showPreferences(): void;
  /** Hides the banner. */
  hide(): void;
  /** Removes everything the UI added to the page. */
  destroy(): void;
}

/** Runs `fn` after the next paint: the banner is gone from the screen before storage and trackers work. */
const afterPaint = (fn: () => void) => requestAnimationFrame(() => setTimeout(fn));

/** The focused element, looking into shadow roots (our own buttons live in one). */
function focusedElement(): Element | null {
  let element = document.activeElement;
  while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
  return element;
}

/**
 * Mounts the banner and the preferences dialog for a consent controller. Nothing is built until there is
 * something to show: a returning visitor whose choice stands, or a zero-telemetry zone, costs a listener.
 * Any element with `data-consentry-open` opens the preferences, so withdrawing is as easy as consenting.
 */
export function mountUi(consentry: Consentry): Ui {
  const { config } = consentry;
  let root: ShadowRoot | undefined;
  let banner: HTMLElement | undefined;
  let releaseSpace = () => {};
  /** Where focus was in the page before it moved into the banner: it goes back there when the banner goes. */
  let focusBeforeBanner: Element | null = null;

  /** The shadow root everything renders in: host styles cannot reach in, ours cannot leak out. */
  const shadowRoot = () => {
    if (root) return root;
    const host = document.createElement('consentry-ui');
    root = host.attachShadow({ mode: 'open' });
    // Before the page's content, so it comes first to keyboard and screen-reader users; from a script in
    // <head>, before <body> exists, so that it is in the first paint. In the page before its styles: a
    // `<style>` (no constructable stylesheets) has a sheet only once connected. Same task, so no paint between.
    if (document.body) document.body.prepend(host);
    else document.documentElement.append(host);
    applyTheme(addStyles(root, css, config.nonce), config.theme);
    return root;
  };

  const hide = () => {
    releaseSpace();
    // A removed element takes focus with it to the start of the page (WAI-ARIA APG, dialog pattern: focus
    // moves to a logical place when where it would return no longer exists).
    if (banner?.contains(focusedElement())) (focusBeforeBanner as HTMLElement | null)?.focus?.();
    banner?.remove();
    banner = undefined;
  };

  const decide = (choose: () => void) => () => {
    hide();
    root?.querySelector('dialog')?.close();
    afterPaint(choose);
  };
  const acceptAll = decide(() => consentry.acceptAll());
  const rejectAll = decide(() => consentry.rejectAll());

  const showPreferences = () => {
    // Already open: a second dialog would take the first one's place as where focus returns to.
    if (root?.querySelector('dialog[open]')) return;
    const openedFrom = focusedElement();
    const dialog = renderDialog(consentry, resolveLocale(config), {
      acceptAll,
      rejectAll,
      save: (choices) => decide(() => consentry.set(choices))(),
    });
    shadowRoot().append(dialog);
    // Opened from the banner, a choice removes both: focus then goes where it was before the banner.
    openModal(dialog, () => (openedFrom?.isConnected ? openedFrom : focusBeforeBanner));
  };

  const show = () => {
    if (banner) return;
    banner = renderBanner(consentry.get(), resolveLocale(config), config.privacyPolicyUrl, {
      acceptAll,
      rejectAll,
      optOutOfSale: decide(() => consentry.optOutOfSale()),
      managePreferences: showPreferences,
    });
    banner.addEventListener('focusin', (event) => {
      const from = event.relatedTarget as Element | null;
      if (!banner?.contains(from)) focusBeforeBanner = from;
    });
    shadowRoot().append(banner);
    releaseSpace = reserveSpaceFor(banner, config.nonce);
  };

  /**
   * Asks only while nothing is decided, never inside a zero-telemetry zone, and never when there is no
   * optional category to ask about (ePrivacy Directive art. 5(3): strictly necessary storage needs no consent).
   */
  const showIfUndecided = () => {
    if (consentry.get().decided || consentry.suspended) hide();
    else if (Object.keys(config.categories).length) show();
  };

  const openFromLink = (event: MouseEvent) => {
    if ((event.target as Element).closest?.('[data-consentry-open]')) {
      event.preventDefault();
      showPreferences();
    }
  };

  document.addEventListener('click', openFromLink);
  // A choice made in another tab, or entering a zero-telemetry zone, hides the banner here; reset(), or
  // leaving the zone undecided, brings it back.
  const unsubscribe = [consentry.on('change', showIfUndecided), consentry.on('suspend', showIfUndecided)];
  showIfUndecided();

  return {
    show,
    showPreferences,
    hide,
    destroy() {
      hide();
      for (const off of unsubscribe) off();
      document.removeEventListener('click', openFromLink);
      root?.host.remove();
    },
  };
}
