import { afterEach, describe, expect, it } from 'vitest';
import { createConsentry, ConsentryConfigError, type ConsentryWithUi } from './index';

const config = { revision: '1', categories: { analytics: { label: 'Analytics' } } };
let consentry: ConsentryWithUi | undefined;
afterEach(() => {
  consentry?.destroy();
  localStorage.clear();
});

const shadow = () => document.querySelector('consentry-ui')?.shadowRoot;

describe('createConsentry (npm entry, as an SPA imports it)', () => {
  it('starts the controller and shows the banner on a first visit', () => {
    consentry = createConsentry(config);
    expect(consentry.get().decided).toBe(false);
    expect(shadow()?.querySelector('.banner')).toBeTruthy();
  });

  it('adds show, showPreferences and hide to the core API', () => {
    consentry = createConsentry(config);
    consentry.hide();
    expect(shadow()?.querySelector('.banner')).toBeFalsy();
    consentry.show();
    expect(shadow()?.querySelector('.banner')).toBeTruthy();
    consentry.showPreferences();
    expect(shadow()?.querySelector('dialog')?.open).toBe(true);
  });

  it('removes everything it added on destroy, so a remounting app starts clean', () => {
    createConsentry(config).destroy();
    expect(document.querySelector('consentry-ui')).toBeNull();
  });

  it('throws ConsentryConfigError for an invalid config and shows nothing', () => {
    expect(() => createConsentry({ revision: '' } as never)).toThrow(ConsentryConfigError);
    expect(document.querySelector('consentry-ui')).toBeNull();
  });
});
