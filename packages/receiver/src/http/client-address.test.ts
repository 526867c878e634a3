// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { truncateIp } from './client-address';

describe('truncateIp', () => {
  it.each([
    ['203.0.113.77', '203.0.113.0'],
    ['::ffff:203.0.113.77', '203.0.113.0'],
    ['2001:db8:85a3:8d3:1319:8a2e:370:7348', '2001:db8:85a3::'],
    ['2001:db8::1', '2001:db8:0::'],
    ['fe80::1%eth0', 'fe80:0:0::'],
    ['not an address', null],
    [undefined, null],
  ])('%s → %s', (address, network) => {
    expect(truncateIp(address)).toBe(network);
  });
});
