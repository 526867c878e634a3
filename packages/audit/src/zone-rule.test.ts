import { describe, expect, it } from 'vitest';
import { zoneAllows } from './zone-rule';

describe('zoneAllows', () => {
  const allows = zoneAllows(['https://api.example.com', 'cdn.example.com:8443'], 'https://app.example.com/dashboard/');

  it('lets through the page origin, allowed origins and what reaches no host', () => {
    expect(allows('https://app.example.com/api/x')).toBe(true);
    expect(allows('https://api.example.com/v1')).toBe(true);
    expect(allows('https://cdn.example.com:8443/a.js')).toBe(true);
    expect(allows('data:image/png;base64,AAAA')).toBe(true);
  });

  it('counts every other host, a subdomain of an allowed one or the page host on another port included', () => {
    expect(allows('https://www.clarity.ms/tag/x')).toBe(false);
    expect(allows('https://eu.api.example.com/v1')).toBe(false);
    expect(allows('https://cdn.example.com/a.js')).toBe(false);
    expect(allows('wss://ws.hotjar.com/api')).toBe(false);
  });
});
