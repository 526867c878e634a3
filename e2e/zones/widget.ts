import type { Page } from '@playwright/test';

/** A dashboard widget adding Google Analytics itself; resolves to how its script ended. */
export const widgetAddsGtag = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const script = document.createElement('script');
        script.src = 'https://www.googletagmanager.com/gtag/js?id=G-WIDGET1';
        script.onload = () => resolve('loaded');
        script.onerror = () => resolve('refused');
        document.head.appendChild(script);
        setTimeout(() => resolve('nothing'), 2000);
      }),
  );
