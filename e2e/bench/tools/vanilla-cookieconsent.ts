import { fileOf, TEXT, versionOf, type BenchTool } from './tool';

const config = {
  // Its default hides the banner from automated browsers (navigator.webdriver), which a benchmark is.
  hideFromBots: false,
  categories: { necessary: { enabled: true, readOnly: true }, analytics: {}, marketing: {} },
  language: {
    default: 'en',
    translations: {
      en: {
        consentModal: {
          title: TEXT.title,
          description: TEXT.description,
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
          showPreferencesBtn: 'Manage preferences',
        },
        preferencesModal: {
          title: 'Preferences',
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
          savePreferencesBtn: 'Save preferences',
          sections: [
            { title: TEXT.analytics, linkedCategory: 'analytics' },
            { title: TEXT.marketing, linkedCategory: 'marketing' },
          ],
        },
      },
    },
  },
};

/** vanilla-cookieconsent v3: CSS in `<head>`, the UMD build and `CookieConsent.run` at the end of `<body>`. */
export const vanillaCookieconsent: BenchTool = {
  id: 'vanilla-cookieconsent',
  label: 'vanilla-cookieconsent',
  version: versionOf('node_modules/vanilla-cookieconsent/package.json'),
  categories: true,
  assets: {
    'cookieconsent.css': fileOf('node_modules/vanilla-cookieconsent/dist/cookieconsent.css'),
    'cookieconsent.umd.js': fileOf('node_modules/vanilla-cookieconsent/dist/cookieconsent.umd.js'),
  },
  head: '<link rel="stylesheet" href="/assets/cookieconsent.css">',
  bodyEnd: `<script src="/assets/cookieconsent.umd.js"></script>
<script>CookieConsent.run(${JSON.stringify(config)});</script>`,
  gated: (category, src) => `<script type="text/plain" data-category="${category}" src="${src}"></script>`,
  banner: `document.querySelector('#cc-main .cm')`,
  accept: '#cc-main .cm [data-role="all"]',
};
