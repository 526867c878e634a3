import type { VendorDefinition } from '@consentry/core';
import type { HotjarService } from './schema';
import { loadOnce } from '../shared/load-once';
import { queueStub } from '../shared/queue';
import { serviceSchema } from '../shared/service-schema';

export type { HotjarService };

/** Hotjar, loaded only with consent. It has no runtime stop, so withdrawal reloads the page. */
export const hotjar: VendorDefinition<HotjarService> = {
  vendor: 'hotjar',
  schema: serviceSchema(
    'hotjar',
    { siteId: { anyOf: [{ type: 'string', pattern: '^[1-9][0-9]*$' }, { type: 'integer', exclusiveMinimum: 0, maximum: 9007199254740991 }] } },
    ['siteId'],
  ),
  hosts: () => ['*.hotjar.com', '*.hotjar.io'],
  cookies: () => ['_hj*'],
  storageKeys: () => ['_hj*', 'hjViewportId', 'hjActiveViewportIds'],
  start(service, context) {
    queueStub(context.window, 'hj');
    (context.window as unknown as { _hjSettings: object })._hjSettings = { hjid: Number(service.siteId), hjsv: 6 };
    return loadOnce(context, `https://static.hotjar.com/c/hotjar-${service.siteId}.js?sv=6`);
  },
  // Nothing to call: Hotjar documents no way to stop it. `stoppable: false` makes the core reload the
  // page once the cookies are deleted, and the fresh document does not load Hotjar.
  stop: () => undefined,
  stoppable: false,
};
