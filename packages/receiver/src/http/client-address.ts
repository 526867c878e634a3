import { isIPv4, isIPv6 } from 'node:net';

/** The socket address when served by @hono/node-server (its env carries the Node request). */
export function socketAddress(_request: Request, env: unknown): string | undefined {
  return (env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming?.socket?.remoteAddress;
}

function expandIPv6(address: string): string[] {
  const [head = '', tail = ''] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = address.includes('::') && tail ? tail.split(':') : [];
  const middle = address.includes('::') ? Array(8 - left.length - right.length).fill('0') : [];
  return [...left, ...middle, ...right];
}

/**
 * The address cut to its network: /24 for IPv4, /48 for IPv6 (the prefix a site is usually given).
 * Enough to tell where a suspicious burst came from, not which device.
 */
export function truncateIp(address: string | undefined): string | null {
  if (!address) return null;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  const ip = mapped ?? address.split('%')[0]!;
  if (isIPv4(ip)) return `${ip.split('.').slice(0, 3).join('.')}.0`;
  if (isIPv6(ip)) return `${expandIPv6(ip).slice(0, 3).map((group) => Number.parseInt(group, 16).toString(16)).join(':')}::`;
  return null;
}
