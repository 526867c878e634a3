// Gzip budgets, enforced by `npm test`. Each entry is bundled and minified the way a site's bundler would.
module.exports = [
  {
    name: '@consentry/core, a site that only reads consent (readConsent)',
    path: 'packages/core/dist/index.js',
    import: '{ readConsent }',
    limit: '4000 B',
    gzip: true,
  },
  {
    name: '@consentry/core, the whole controller (createConsentry)',
    path: 'packages/core/dist/index.js',
    import: '{ createConsentry }',
    // With the request guard that refuses a withdrawn vendor's hosts from the moment of withdrawal
    // (before, only the zones carried it), the Trusted Types policy, and config values that could fetch,
    // run script or add cookie attributes refused (+120 B). Measured 7,333 B.
    limit: '7400 B',
    gzip: true,
  },
  {
    name: '@consentry/integrations/clarity, Microsoft Clarity (core not counted)',
    path: 'packages/integrations/dist/clarity.js',
    import: '{ clarity }',
    ignore: ['@consentry/core'],
    limit: '1100 B',
    gzip: true,
  },
  {
    name: '@consentry/integrations/ga4, Google Analytics 4 (core not counted)',
    path: 'packages/integrations/dist/ga4.js',
    import: '{ ga4 }',
    ignore: ['@consentry/core'],
    limit: '880 B',
    gzip: true,
  },
  {
    name: '@consentry/integrations/mixpanel, Mixpanel (core not counted)',
    path: 'packages/integrations/dist/mixpanel.js',
    import: '{ mixpanel }',
    ignore: ['@consentry/core'],
    limit: '680 B',
    gzip: true,
  },
  {
    name: '@consentry/integrations/hotjar, Hotjar (core not counted)',
    path: 'packages/integrations/dist/hotjar.js',
    import: '{ hotjar }',
    ignore: ['@consentry/core'],
    limit: '580 B',
    gzip: true,
  },
  {
    name: '@consentry/integrations/script, any script (core not counted)',
    path: 'packages/integrations/dist/script.js',
    import: '{ script }',
    ignore: ['@consentry/core'],
    limit: '540 B',
    gzip: true,
  },
  {
    name: '@consentry/integrations/posthog, PostHog, npm only (core not counted)',
    path: 'packages/integrations/dist/posthog.js',
    import: '{ posthog }',
    ignore: ['@consentry/core'],
    limit: '680 B',
    gzip: true,
  },
  {
    name: '@consentry/integrations/segment, Segment, npm only (core not counted)',
    path: 'packages/integrations/dist/segment.js',
    import: '{ segment }',
    ignore: ['@consentry/core'],
    limit: '480 B',
    gzip: true,
  },
  {
    name: '@consentry/integrations/plausible, Plausible, npm only (core not counted)',
    path: 'packages/integrations/dist/plausible.js',
    import: '{ plausible }',
    ignore: ['@consentry/core'],
    limit: '540 B',
    gzip: true,
  },
  {
    name: '@consentry/integrations/meta-pixel, Meta Pixel, npm only (core not counted)',
    path: 'packages/integrations/dist/meta-pixel.js',
    import: '{ metaPixel }',
    ignore: ['@consentry/core'],
    limit: '600 B',
    gzip: true,
  },
  {
    name: '@consentry/integrations/google-consent-mode, Google Consent Mode for gtag/GTM pages (core not counted)',
    path: 'packages/integrations/dist/google-consent-mode.js',
    import: '{ googleConsentMode }',
    ignore: ['@consentry/core'],
    limit: '480 B',
    gzip: true,
  },
  {
    name: '@consentry/react, provider, useConsent, ConsentGate, preferences button (react and core not counted)',
    path: 'packages/react/dist/index.js',
    import: '{ ConsentryProvider, useConsent, ConsentGate, ConsentPreferencesButton }',
    ignore: ['react', 'react-dom', '@consentry/core'],
    // Measured 613 B.
    limit: '650 B',
    gzip: true,
  },
  {
    name: 'consentry-headless.min.js (core, integrations, zones; no UI)',
    path: 'packages/consentry/dist/consentry-headless.min.js',
    // Measured as served: re-minifying terser's output with esbuild only makes it compress worse.
    disablePlugins: ['@size-limit/esbuild'],
    // Linear route matching (+70 B) and the refused config values (+120 B) among the rest.
    limit: '10550 B',
    gzip: true,
  },
  {
    name: 'consentry.min.js (script tag: core, integrations, zones, banner, dialog, 7 languages)',
    path: 'packages/consentry/dist/consentry.min.js',
    // The ceiling set for this bundle is 12,000 B and it is not met: with every feature the script tag
    // must carry it measures about 15.1 KB (README, Sizes). This limit keeps it from growing meanwhile,
    // beyond the bytes this release's security fixes cost (README, Sizes).
    limit: '15150 B',
    gzip: true,
    // The file as served: it is already bundled and minified by rollup and terser, and minifying it a
    // second time with esbuild only makes it compress worse (+400 B gzip), bytes no browser downloads.
    disablePlugins: ['@size-limit/esbuild'],
  },
];
