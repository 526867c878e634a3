/**
 * Every check the audit runs, by id: the names a report shows and `checks` in `consentry.audit.json`
 * sets to "error", "warning" or "off".
 */
export const CHECKS = {
  'first-visit-no-trackers': { phase: 'First visit', title: 'No request to a tracker host before the visitor chooses', severity: 'error' },
  'first-visit-storage': { phase: 'First visit', title: 'No cookie or storage key but those declared necessary before the visitor chooses', severity: 'error' },
  'first-visit-banner': { phase: 'First visit', title: 'The banner is shown, with Accept and Reject equally prominent (size and colour)', severity: 'error' },
  'reject-no-trackers': { phase: 'Reject all', title: 'No request to a tracker host after Reject all, on every page and after a reload', severity: 'error' },
  'reject-storage': { phase: 'Reject all', title: 'No cookie or storage key but those declared necessary after Reject all', severity: 'error' },
  'accept-services-load': { phase: 'Accept all', title: "After Accept all, each configured service contacts its vendor's host", severity: 'warning' },
  'withdrawal-no-trackers': { phase: 'Withdrawal', title: 'After withdrawing in the preferences, no request to a tracker host for the whole window', severity: 'error' },
  'withdrawal-cookies-deleted': { phase: 'Withdrawal', title: 'After withdrawing, the cookies and storage keys of every optional service are gone', severity: 'error' },
  'zone-direct': { phase: 'Zones', title: 'A zone page loaded directly, with consent given, reaches no third-party host it does not allow', severity: 'error' },
  'zone-navigation': { phase: 'Zones', title: 'A zone page entered by client-side navigation from an accepted public page reaches no third-party host it does not allow', severity: 'error' },
  'zone-csp-header': { phase: 'Zones', title: 'A zone page is served with the zone Content-Security-Policy header', severity: 'error' },
  'gpc-no-sharing': { phase: 'Global Privacy Control', title: 'With Global Privacy Control on, no service of a sharing category contacts its host', severity: 'error' },
  'opt-out-do-not-sell': { phase: 'Opt-out', title: 'Under opt-out the banner offers "Do Not Sell or Share", and after it no sharing service contacts its host', severity: 'error' },
  'declared-cookies': { phase: 'Cookie declaration', title: 'Every cookie the site sets is declared by a service of the config', severity: 'error' },
} as const;

export type CheckId = keyof typeof CHECKS;
export const CHECK_IDS = Object.keys(CHECKS) as CheckId[];
