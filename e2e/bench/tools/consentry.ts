import { fileOf, TEXT, versionOf, type BenchTool } from './tool';

const config = {
  revision: '2026-03',
  privacyPolicyUrl: '/privacy',
  categories: { analytics: { label: TEXT.analytics }, marketing: { label: TEXT.marketing } },
  texts: { en: { title: TEXT.title, body: TEXT.description } },
};

/** Consentry from `<head>` with its JSON config block, as the README's script-tag section shows. */
export const consentry: BenchTool = {
  id: 'consentry',
  label: 'Consentry',
  version: versionOf('../packages/consentry/package.json'),
  categories: true,
  assets: { 'consentry.min.js': fileOf('../packages/consentry/dist/consentry.min.js') },
  head: `<script type="application/json" id="consentry-config">${JSON.stringify(config)}</script>
<script src="/assets/consentry.min.js"></script>`,
  bodyEnd: '',
  gated: (category, src) => `<script type="text/plain" data-consent="${category}" src="${src}"></script>`,
  banner: `document.querySelector('consentry-ui')?.shadowRoot?.querySelector('.banner') ?? null`,
  accept: 'role=button[name="Accept all"]',
};
