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
];
