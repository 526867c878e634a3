import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, createElement as h, StrictMode, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { createConsentry, type ConsentryConfig } from '@consentry/core';
import { readConsentFromCookie } from './server';
import { ConsentGate, ConsentPreferencesButton, ConsentryProvider, useConsent, type ConsentryLike } from './index';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const config: ConsentryConfig = {
  revision: '2026-03',
  categories: { analytics: { label: 'Analytics' }, marketing: { label: 'Marketing' } },
  services: [{ id: 'video', vendor: 'custom', category: 'marketing' }],
};

function Status() {
  const state = useConsent();
  return h('p', { id: 'status' }, `${state.decided ? 'decided' : 'undecided'} analytics=${useConsent('analytics')}`);
}

const app = (consentry: ConsentryLike | (() => ConsentryLike), extra?: ReactNode) =>
  h(
    ConsentryProvider,
    { consentry },
    h(Status),
    h(ConsentGate, { category: 'marketing', fallback: h('p', { id: 'fallback' }, 'Video blocked') }, h('iframe', { title: 'video' })),
    h(ConsentPreferencesButton),
    extra,
  );

let container: HTMLElement;
const mount = () => {
  container = document.body.appendChild(document.createElement('div'));
  return container;
};

afterEach(() => {
  container?.remove();
  localStorage.clear();
  document.cookie = 'consentry=; Max-Age=0; Path=/';
  vi.unstubAllGlobals();
});

describe('@consentry/react on the server', () => {
  it('renders the no-consent state without a window and never creates the controller', () => {
    const create = vi.fn(() => createConsentry(config));
    vi.stubGlobal('window', undefined);
    const html = renderToString(app(create));
    expect(create).not.toHaveBeenCalled();
    expect(html).toContain('undecided analytics=false');
    expect(html).toContain('Video blocked');
    expect(html).not.toContain('<iframe');
    expect(html).toMatch(/<button[^>]*disabled/);
  });

  it('renders the serverState read from the Cookie header, granted included', () => {
    const cookieConfig: ConsentryConfig = { ...config, storage: { type: 'cookie' } };
    createConsentry(cookieConfig).acceptAll();
    const header = document.cookie;
    vi.stubGlobal('window', undefined);
    const serverState = readConsentFromCookie(cookieConfig, header, { https: false }); // The test page is on http.
    const html = renderToString(h(ConsentryProvider, { consentry: () => createConsentry(cookieConfig), serverState }, h(Status), h(ConsentGate, { category: 'marketing' }, 'embed')));
    expect(html).toContain('decided analytics=true');
    expect(html).toContain('embed');
  });
});

describe('@consentry/react in the browser', () => {
  for (const [kind, source] of [
    ['a factory', () => () => createConsentry(config)],
    ['an instance created before hydration', () => createConsentry(config)],
  ] as const) {
    it(`hydrates the server markup without a mismatch, then shows the stored choice (${kind})`, async () => {
      createConsentry(config).acceptAll();
      vi.stubGlobal('window', undefined);
      const html = renderToString(app(() => createConsentry(config)));
      vi.unstubAllGlobals();
      mount().innerHTML = html;
      const errors: unknown[] = [];
      // A first client render that differs from the server's markup is a hydration error React recovers from.
      await act(async () => {
        hydrateRoot(container, app(source()), { onRecoverableError: (error) => errors.push(error) });
      });
      expect(errors).toEqual([]);
      expect(container.querySelector('#status')?.textContent).toBe('decided analytics=true');
      expect(container.querySelector('iframe')).not.toBeNull();
    });
  }

  it('re-renders on a decision and a withdrawal, and the gate follows', async () => {
    const consentry = createConsentry(config);
    const root = createRoot(mount());
    await act(async () => root.render(app(consentry)));
    expect(container.querySelector('#status')?.textContent).toBe('undecided analytics=false');
    expect(container.querySelector('#fallback')).not.toBeNull();
    await act(async () => consentry.acceptAll());
    expect(container.querySelector('#status')?.textContent).toBe('decided analytics=true');
    expect(container.querySelector('iframe')).not.toBeNull();
    await act(async () => consentry.set({ marketing: false }));
    expect(container.querySelector('iframe')).toBeNull();
    expect(container.querySelector('#fallback')).not.toBeNull();
    await act(async () => root.unmount());
    consentry.destroy();
  });

  it('opens the preferences from the button', async () => {
    const showPreferences = vi.fn();
    const consentry = Object.assign(createConsentry(config), { showPreferences });
    const root = createRoot(mount());
    await act(async () => root.render(app(consentry)));
    const button = container.querySelector('button')!;
    expect(button.disabled).toBe(false);
    await act(async () => button.click());
    expect(showPreferences).toHaveBeenCalledTimes(1);
    await act(async () => root.unmount());
  });

  it("runs the caller's onClick before opening the preferences, and opens nothing when it prevents the default", async () => {
    const calls: string[] = [];
    const consentry = Object.assign(createConsentry(config), { showPreferences: () => calls.push('preferences') });
    const root = createRoot(mount());
    let prevent = false;
    const onClick = (event: { preventDefault(): void }) => {
      calls.push('onClick');
      if (prevent) event.preventDefault();
    };
    await act(async () => root.render(h(ConsentryProvider, { consentry }, h(ConsentPreferencesButton, { onClick }))));
    const button = container.querySelector('button')!;
    await act(async () => button.click());
    expect(calls).toEqual(['onClick', 'preferences']);
    prevent = true;
    await act(async () => button.click());
    expect(calls).toEqual(['onClick', 'preferences', 'onClick']);
    await act(async () => root.unmount());
    consentry.destroy();
  });

  it('creates one controller per mount from a factory and destroys it on unmount (StrictMode too)', async () => {
    const live = new Set<ConsentryLike>();
    const create = () => {
      const consentry = createConsentry(config);
      live.add(consentry);
      const destroy = consentry.destroy;
      consentry.destroy = () => (live.delete(consentry), destroy());
      return consentry;
    };
    const root = createRoot(mount());
    await act(async () => root.render(h(StrictMode, null, app(create))));
    expect(live.size).toBe(1);
    await act(async () => root.unmount());
    expect(live.size).toBe(0);
  });

  it('names the missing provider', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => renderToString(h(Status))).toThrow('Consentry: useConsent() must be used inside <ConsentryProvider>');
  });
});
