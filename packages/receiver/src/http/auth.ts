import { timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { sha256 } from '../record/hash';
import { refuse } from './errors';

const HASHED = /^sha256:([0-9a-f]{64})$/i;

/** The SHA-256 of each token (given plain or as `sha256:<hex>`): plain tokens are not kept. */
export function hashTokens(tokens: string[]): Buffer[] {
  return tokens
    .filter((token) => token.length > 0)
    .map((token) => Buffer.from(HASHED.exec(token)?.[1]?.toLowerCase() ?? sha256(token), 'hex'));
}

/**
 * `Authorization: Bearer <token>` for the operator routes. Hashes are compared in constant time; with no
 * token configured every operator request is refused.
 */
export function requireToken(hashes: Buffer[]): MiddlewareHandler {
  return async (c, next) => {
    const match = /^Bearer (.+)$/.exec(c.req.header('authorization') ?? '');
    const given = match ? Buffer.from(sha256(match[1]!), 'hex') : null;
    if (!given || !hashes.some((hash) => timingSafeEqual(hash, given))) {
      c.header('WWW-Authenticate', 'Bearer');
      return refuse(c, 401, 'a valid API token is required', 'authorization');
    }
    await next();
  };
}
