import { fileOf, TEXT, versionOf, type BenchTool } from './tool';

const config = {
  privacyPolicyUrl: '/privacy',
  purposes: [
    { id: 'analytics', title: TEXT.analytics },
    { id: 'marketing', title: TEXT.marketing },
  ],
  translations: { banner: { description: TEXT.description } },
};

/** Orejime 3: `window.orejimeConfig`, the standard English build and its CSS in `<head>`; scripts in `<template data-purpose>`. */
export const orejime: BenchTool = {
  id: 'orejime',
  label: 'orejime',
  version: versionOf('node_modules/orejime/package.json'),
  categories: true,
  assets: {
    'orejime-standard.css': fileOf('node_modules/orejime/dist/orejime-standard.css'),
    'orejime-standard-en.js': fileOf('node_modules/orejime/dist/orejime-standard-en.js'),
  },
  head: `<script>window.orejimeConfig = ${JSON.stringify(config)};</script>
<script src="/assets/orejime-standard-en.js"></script>
<link rel="stylesheet" href="/assets/orejime-standard.css">`,
  bodyEnd: '',
  gated: (category, src) => `<template data-purpose="${category}"><script src="${src}"></script></template>`,
  banner: `document.querySelector('.orejime-Banner')`,
  accept: '.orejime-Banner-saveButton',
};
