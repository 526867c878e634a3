// A Playwright `test` with a `vendors` fixture: fake vendor hosts installed on the context before the
// test runs, and the test failed if the page tried any host outside the fakes and the test sites.
import { test as base, expect } from '@playwright/test';
import { installFakeVendors, type FakeVendors } from './index';

export const test = base.extend<{ vendors: FakeVendors }>({
  vendors: async ({ context }, use) => {
    const vendors = await installFakeVendors(context);
    await use(vendors);
    expect(vendors.unexpected, 'requests to hosts outside the fakes').toEqual([]);
  },
});

export { expect };
