import type { VendorDefinition } from '@consentry/core';
import type { ScriptService } from './schema';
import { loadOnce } from '../shared/load-once';
import { serviceSchema } from '../shared/service-schema';

export type { ScriptService };

/**
 * Any script, for vendors without an integration. The service lists the cookies, storage keys and hosts
 * the script uses. A script cannot be told to stop, so withdrawal reloads the page.
 */
export const script: VendorDefinition<ScriptService> = {
  vendor: 'script',
  schema: serviceSchema('script', { src: { type: 'string', pattern: '^(https:\\/\\/|\\/(?![/\\\\]))' }, inline: { type: 'string', minLength: 1 } }, []),
  hosts: (service) => (service.src?.startsWith('https://') ? [new URL(service.src).hostname] : []),
  cookies: () => [],
  storageKeys: () => [],
  start(service, context) {
    if (!service.src === !service.inline) throw new Error(`service "${service.id}" needs one of src or inline`);
    // Inline code is loaded as a `data:` URL so that it goes through the same loader and gets the
    // configured CSP nonce: a nonce allows an element whatever its URL (CSP3, "does element match source list").
    const src = service.src ?? `data:text/javascript,${encodeURIComponent(service.inline!)}`;
    return loadOnce(context, new URL(src, context.window.location.href).href);
  },
  stop: () => undefined,
  stoppable: false,
};
