import { describe, expect, it } from 'vitest';
import { script, type ScriptService } from './index';
import { contextWith, stateWith } from '../test/context';

const base: ScriptService = { id: 'chat', vendor: 'script', category: 'analytics' };
const start = async (service: ScriptService) => {
  const { context, loaded } = contextWith(stateWith({ analytics: true }));
  await script.start(service, context);
  return loaded;
};

describe('script', () => {
  it('loads a src on grant, and declares its host', async () => {
    const service = { ...base, src: 'https://chat.example.com/widget.js' };
    expect(await start(service)).toEqual(['https://chat.example.com/widget.js']);
    expect(script.hosts(service)).toEqual(['chat.example.com']);
  });

  it('runs inline code through the same loader, so it gets the CSP nonce', async () => {
    expect(await start({ ...base, inline: 'window.ran = 1' })).toEqual(['data:text/javascript,window.ran%20%3D%201']);
  });

  it('fails closed: nothing loads with neither src nor inline, or with both', async () => {
    await expect(start(base)).rejects.toThrow('needs one of src or inline');
    await expect(start({ ...base, src: '/a.js', inline: 'x()' })).rejects.toThrow('needs one of src or inline');
  });

  it('has no stop: withdrawal reloads the page', () => {
    expect(script.stoppable).toBe(false);
  });
});
