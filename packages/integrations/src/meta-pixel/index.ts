import type { BrowserWindow, ServiceContext, VendorDefinition } from '@consentry/core';
import type { MetaPixelService } from './schema';
import { loadOnce } from '../shared/load-once';
import { serviceSchema } from '../shared/service-schema';

export type { MetaPixelService };

type Fbq = ((...args: unknown[]) => void) & { callMethod?: (...args: unknown[]) => void; queue: IArguments[]; push?: unknown; loaded?: boolean; version?: string };
type MetaWindow = BrowserWindow & { fbq?: Fbq; _fbq?: Fbq };

/** The base code's stub: calls queue in `fbq.queue` until fbevents.js replaces `callMethod`. */
function fbq(window: BrowserWindow): Fbq {
  const page = window as MetaWindow;
  if (!page.fbq) {
    const stub: Fbq = Object.assign(
      function () {
        // eslint-disable-next-line prefer-rest-params
        stub.callMethod ? Reflect.apply(stub.callMethod, stub, arguments) : stub.queue.push(arguments);
      },
      { queue: [] as IArguments[], loaded: true, version: '2.0' },
    );
    stub.push = stub;
    page.fbq = page._fbq ||= stub;
  }
  return page.fbq;
}

/**
 * Meta's consent API (developers.facebook.com/docs/meta-pixel/implementation/gdpr): "fbq('consent',
 * 'revoke')" holds every event until "fbq('consent', 'grant')"; it must come before `fbq('init')`.
 */
const revoke = (_service: MetaPixelService, context: ServiceContext) => fbq(context.window)('consent', 'revoke');

/** Meta Pixel, loaded on consent with its consent revoked until granted. */
export const metaPixel: VendorDefinition<MetaPixelService> = {
  vendor: 'meta-pixel',
  // Pure: the script-tag bundle, which does not list this vendor, drops it whole.
  schema: /* @__PURE__ */ serviceSchema('meta-pixel', { pixelId: { type: 'string', pattern: '^[0-9]+$' } }, ['pixelId']),
  // fbevents.js from connect.facebook.net, events to www.facebook.com/tr.
  hosts: () => ['*.facebook.net', '*.facebook.com'],
  // First-party cookies: `_fbp` (browser id), `_fbc` (click id, from `fbclid`).
  cookies: () => ['_fbp', '_fbc'],
  storageKeys: () => [],
  start(service, context) {
    const command = fbq(context.window);
    const loading = loadOnce(context, 'https://connect.facebook.net/en_US/fbevents.js');
    // First load: revoked before init, granted, then the base code's PageView. Granted again in the same
    // page (after a withdrawal or a zone): `grant` alone.
    if (loading) {
      command('consent', 'revoke');
      command('init', service.pixelId);
    }
    command('consent', 'grant');
    if (loading) command('track', 'PageView');
    return loading;
  },
  stop: revoke,
  stoppable: true,
};
