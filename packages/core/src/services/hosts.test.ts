import { describe, expect, it } from 'vitest';
import { hostMatcher } from './hosts';

describe('host matcher', () => {
  it('a host entry covers the host and its subdomains, however it is written', () => {
    const isTracker = hostMatcher(['*.clarity.ms', 'c.bing.com', 'https://Stats.Example.net/collect', 'ws.tracker.example:443']);
    for (const url of ['https://www.clarity.ms/tag/x', 'https://clarity.ms', 'https://k.clarity.ms./collect', 'https://c.bing.com/c.gif', 'wss://stats.example.net/ws', 'https://eu.ws.tracker.example']) {
      expect(isTracker(url), url).toBe(true);
    }
    for (const url of ['https://bing.com', 'https://notclarity.ms', 'https://clarity.ms.example.com', '/collect', 'not a url']) {
      expect(isTracker(url, 'https://www.example.com/'), url).toBe(false);
    }
  });
});
