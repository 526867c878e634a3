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
    limit: '6200 B',
    gzip: true,
  },
  {
    name: 'consentry-headless.min.js (core, integrations, zones; no UI)',
    path: 'packages/consentry/dist/consentry-headless.min.js',
    limit: '9000 B',
    gzip: true,
  },
  {
    name: 'consentry.min.js (script tag: core, integrations, zones, banner, dialog, 7 languages)',
    path: 'packages/consentry/dist/consentry.min.js',
    limit: '12000 B',
    gzip: true,
    // The file as served: it is already bundled and minified by rollup and terser, and minifying it a
    // second time with esbuild only makes it compress worse (+400 B gzip), bytes no browser downloads.
    disablePlugins: ['@size-limit/esbuild'],
  },
];
