import type { BrowserWindow, VendorDefinition } from '@consentry/core';
import type { PosthogService } from './schema';
import { serviceSchema } from '../shared/service-schema';

export type { PosthogService };

interface PosthogLibrary {
  __loaded?: boolean;
  opt_in_capturing(): void;
  opt_out_capturing(): void;
}
type PosthogWindow = BrowserWindow & { posthog?: PosthogLibrary | unknown[] };

const apiHost = (service: PosthogService) => (service.apiHost ?? 'https://us.i.posthog.com').replace(/\/$/, '');
/** Where the official snippet loads array.js from: `api_host.replace(".i.posthog.com","-assets.i.posthog.com")+"/static/array.js"`. */
const libraryUrl = (service: PosthogService) => `${apiHost(service).replace('.i.posthog.com', '-assets.i.posthog.com')}/static/array.js`;

/** Services granted now (absent: withdrawn or paused). The library may finish loading after a change. */
const granted = new Set<string>();

const library = (window: BrowserWindow) => {
  const posthog = (window as PosthogWindow).posthog as PosthogLibrary | undefined;
  return posthog?.__loaded ? posthog : undefined;
};

function apply(service: PosthogService, posthog: PosthogLibrary): void {
  if (granted.has(service.id)) posthog.opt_in_capturing();
  else posthog.opt_out_capturing();
}

/** Applies the mode now; a library still loading applies it from its `loaded` callback. */
function applyIfLoaded(service: PosthogService, window: BrowserWindow): void {
  const loaded = library(window);
  if (loaded) apply(service, loaded);
}

/** PostHog, loaded on consent and initialised opted out until told otherwise. */
export const posthog: VendorDefinition<PosthogService> = {
  vendor: 'posthog',
  // Pure: the script-tag bundle, which does not list this vendor, drops it whole.
  schema: /* @__PURE__ */ serviceSchema(
    'posthog',
    { token: { type: 'string', pattern: '^[A-Za-z0-9_]+$' }, apiHost: { type: 'string', pattern: '^https:\\/\\/[A-Za-z0-9.-]+\\/?$' } },
    ['token'],
  ),
  hosts: (service) => ['*.posthog.com', ...(service.apiHost ? [new URL(service.apiHost).hostname] : [])],
  // posthog-js: persistence `ph_<token>_posthog` (cookie and localStorage by default), the consent flag
  // `__ph_opt_in_out_<token>` (localStorage by default, a cookie with `opt_out_capturing_persistence_type:
  // 'cookie'`). Without the flag it is opted out: `opt_out_capturing_by_default`.
  cookies: (service) => [`ph_${service.token}_posthog`, `__ph_opt_in_out_${service.token}`],
  // Also its sessionStorage keys `ph_<token>_window_id`, `_primary_window_exists`, `_session_registered_properties`.
  storageKeys: (service) => [`ph_${service.token}_*`, `__ph_opt_in_out_${service.token}`],
  start(service, context) {
    granted.add(service.id);
    const page = context.window as PosthogWindow;
    // Granted again while loaded, or while it loads: the instance follows, now or from `loaded`.
    if (page.posthog) return applyIfLoaded(service, page);
    // array.js reads the snippet's stub: an array with `__SV` and `_i`, a list of [token, config, name]
    // to init (posthog-core init_from_snippet), and replaces it with the instance.
    page.posthog = Object.assign([], {
      __SV: 1,
      _i: [[service.token, {
        api_host: apiHost(service),
        opt_out_capturing_by_default: true,
        // Opted out, it keeps no cookie or storage and deletes what it had (posthog-core
        // _is_persistence_disabled), so it cannot write `ph_<token>_posthog` again after Consentry deletes it.
        opt_out_persistence_by_default: true,
        // Each event is sent as it is captured. Batched, events captured before a withdrawal would still
        // leave with the next flush (every 3 s) or on pagehide: `opt_out_capturing` only stops new captures.
        request_batching: false,
        loaded: (instance: PosthogLibrary) => apply(service, instance),
      }, 'posthog']],
    });
    return context.loadScript(libraryUrl(service));
  },
  // Also in zones: PostHog has no pause that keeps its persistence, and opted out it drops it.
  stop(service, context) {
    granted.delete(service.id);
    applyIfLoaded(service, context.window);
  },
  stoppable: true,
};
