import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ConsentryConfig } from '../../packages/core/dist/index.js';
import type { ZoneCspOptions } from '../../packages/zones/dist/index.js';

type Handler = (request: IncomingMessage, response: ServerResponse) => unknown;
type Options = Omit<ZoneCspOptions, 'vendors'>;

export function withZoneHeader(config: ConsentryConfig, handler: Handler, options?: Options): Handler;
export function zeroTelemetryZones(
  config: ConsentryConfig,
  options?: Options,
): (request: IncomingMessage & { originalUrl?: string }, response: ServerResponse, next: (error?: unknown) => void) => void;
