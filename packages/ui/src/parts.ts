import { h } from './dom/h';
import type { Locale } from './i18n/language';

/** A button of the banner or dialog; every choice shares one style unless it is the secondary one. */
export const button = (label: string, onclick: () => void, secondary?: boolean) =>
  h('button', { class: secondary ? 'secondary' : undefined, onclick }, label);

/** The link to the site's privacy policy, when the config has one. */
export const policyLink = (locale: Locale, url?: string) => url && h('a', { href: url }, locale.texts.policy);
