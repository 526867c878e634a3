import { getRequestListener, serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createReceiver, type Receiver } from './http/app';
import { openStore } from './store/open';
import { scheduleRetention } from './store/retention';
import type { ReceiverOptions, StoreLocation } from './types';

export interface ServeOptions extends Omit<ReceiverOptions, 'store'> {
  location: StoreLocation;
  port?: number;
  hostname?: string;
}

export interface RunningReceiver {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Opens (and migrates) the store, then serves the receiver over HTTP until `close()`; purges hourly with `retentionDays`. */
export async function serveReceiver(options: ServeOptions): Promise<RunningReceiver> {
  const { location, port = 4420, hostname = '127.0.0.1', ...receiverOptions } = options;
  const store = await openStore(location);
  const receiver = createReceiver({ ...receiverOptions, store });
  const retention = options.retentionDays ? scheduleRetention(store, options.retentionDays, options.now ?? (() => new Date())) : null;
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const started = serve({ fetch: receiver.fetch, port, hostname }, () => resolve(started));
    started.once('error', reject);
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://${hostname.includes(':') ? `[${hostname}]` : hostname}:${address.port}`,
    port: address.port,
    async close() {
      retention?.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
    },
  };
}

/**
 * The receiver as a Node `http` request listener, for a server that has other routes (send it the
 * `/v1/` requests). The client address is the socket's, as with `serveReceiver`.
 */
export const toNodeListener = (receiver: Receiver) =>
  // Leave the host server's global Request and Response as they are.
  getRequestListener(receiver.fetch, { overrideGlobalObjects: false });
