import { fileOf, TEXT, versionOf, type BenchTool } from './tool';

const config = {
  acceptAll: true,
  privacyPolicy: '/privacy',
  services: [
    { name: 'analytics', title: TEXT.analytics, purposes: ['analytics'] },
    { name: 'marketing', title: TEXT.marketing, purposes: ['marketing'] },
  ],
  translations: { en: { consentNotice: { description: TEXT.description } } },
};

/** Klaro: the config object, then `klaro.js` (CSS included) with `defer`, both in `<head>`, as its README shows. */
export const klaro: BenchTool = {
  id: 'klaro',
  label: 'klaro',
  version: versionOf('node_modules/klaro/package.json'),
  categories: true,
  assets: { 'klaro.js': fileOf('node_modules/klaro/dist/klaro.js') },
  head: `<script>window.klaroConfig = ${JSON.stringify(config)};</script>
<script defer src="/assets/klaro.js"></script>`,
  bodyEnd: '',
  gated: (category, src) =>
    `<script type="text/plain" data-type="application/javascript" data-name="${category}" data-src="${src}"></script>`,
  banner: `document.querySelector('.klaro .cookie-notice')`,
  accept: '.klaro .cookie-notice .cm-btn-success',
};
