import { describe, expect, it } from 'vitest';
import { chromiumPath } from './browser';

describe('chromiumPath', () => {
  it('prefers CHROMIUM_PATH over the system Chromium', () => {
    expect(chromiumPath({ CHROMIUM_PATH: '/opt/chromium/chrome' })).toBe('/opt/chromium/chrome');
  });
});
