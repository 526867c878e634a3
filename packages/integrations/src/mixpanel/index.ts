import type { BrowserWindow, ServiceContext, VendorDefinition } from '@consentry/core';
import type { MixpanelService } from './schema';
import { serviceSchema } from '../shared/service-schema';

export type { MixpanelService };

interface MixpanelLibrary {
  __loaded?: boolean;
  opt_in_tracking(): void;
  opt_out_tracking(options: { delete_user: boolean; clear_persistence: boolean }): void;
}
/** The library once loaded, or the snippet's stub (`__SV` and `_i`, no `__loaded`) while it loads. */
type MixpanelWindow = BrowserWindow & { mixpanel?: MixpanelLibrary | (unknown[] & { __loaded?: undefined; __SV: number; _i: unknown[] }) };

const LIBRARY = 'https://cdn.mxpnl.com/libs/mixpanel-2-latest.min.js';
/**
 * Services granted now, or paused by a zone while consent stands (absent: withdrawn). The library may
 * finish loading after either change and must then follow it.
 */
const modes = new Map<string, 'granted' | 'paused'>();

const library = (window: BrowserWindow) => {
  const mixpanel = (window as MixpanelWindow).mixpanel;
  return mixpanel?.__loaded ? (mixpanel as MixpanelLibrary) : undefined;
};

function apply(service: MixpanelService, mixpanel: MixpanelLibrary): void {
  const mode = modes.get(service.id);
  if (mode === 'granted') return mixpanel.opt_in_tracking();
  // mixpanel-js: opt_out_tracking defaults to { delete_user: true }, a people-delete request, which could
  // not leave anyway: from a withdrawal on, the core refuses Mixpanel's hosts. Paused, it keeps its
  // persistence (distinct_id, super properties). mixpanel-js has no other pause for people and groups too
  // (`disable()` blocks events only, for good); `opt_in_tracking` lifts the flag on leaving the zone, or on
  // the next page with consent.
  mixpanel.opt_out_tracking({ delete_user: false, clear_persistence: !mode });
}

/** Applies the mode now; a library still loading applies it from its `loaded` callback. */
function applyIfLoaded(service: MixpanelService, context: ServiceContext): void {
  const loaded = library(context.window);
  if (loaded) apply(service, loaded);
}

/** Mixpanel, loaded on consent and initialised opted out until told otherwise. */
export const mixpanel: VendorDefinition<MixpanelService> = {
  vendor: 'mixpanel',
  schema: serviceSchema(
    'mixpanel',
    {
      token: { type: 'string', pattern: '^[A-Za-z0-9]+$' },
      apiHost: { type: 'string', pattern: '^https:\\/\\/[A-Za-z0-9.-]+\\/?$' },
    },
    ['token'],
  ),
  hosts: (service) => ['cdn.mxpnl.com', '*.mixpanel.com', ...(service.apiHost ? [new URL(service.apiHost).hostname] : [])],
  // Not the opt-out flag `__mp_opt_in_out_<token>`: its '0' is what keeps the library still in the page
  // silent (mixpanel-js gdpr-utils hasOptedOut: `=== '0'`, checked on every track), a missing one tracks.
  cookies: (service) => [`mp_${service.token}_mixpanel`],
  storageKeys: (service) => [`mp_${service.token}_mixpanel`, `__mpq_${service.token}*`],
  start(service, context) {
    modes.set(service.id, 'granted');
    const loaded = library(context.window);
    if (loaded) return apply(service, loaded);
    // The CDN build reads the snippet's stub: an array (mixpanel-core.js create_mplib: "if (target &&
    // !_.isArray(target)) { console.error('You have already initialized ' + name); return; }", after
    // which init_from_snippet throws) with `__SV` and `_i`, a list of [token, config, name] to init.
    (context.window as MixpanelWindow).mixpanel = Object.assign([], {
      __SV: 1.2,
      _i: [[service.token, {
        api_host: service.apiHost,
        opt_out_tracking_by_default: true,
        loaded: (instance: MixpanelLibrary) => apply(service, instance),
      }, 'mixpanel']],
    });
    return context.loadScript(LIBRARY);
  },
  stop(service, context) {
    modes.delete(service.id);
    applyIfLoaded(service, context);
  },
  suspend(service, context) {
    modes.set(service.id, 'paused');
    applyIfLoaded(service, context);
  },
  stoppable: true,
};
