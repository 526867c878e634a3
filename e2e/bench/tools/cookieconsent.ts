import { fileOf, TEXT, TRACKER_ORIGIN, versionOf, type BenchTool } from './tool';

/**
 * Osano's cookieconsent 3 (abandoned 2020): one opt-in choice, no categories, no script gating. Its docs
 * initialise on `load`; scripts start from its `onStatusChange` callback.
 */
export const cookieconsent: BenchTool = {
  id: 'cookieconsent',
  label: 'cookieconsent (Osano)',
  version: versionOf('node_modules/cookieconsent/package.json'),
  categories: false,
  assets: {
    'cookieconsent.min.css': fileOf('node_modules/cookieconsent/build/cookieconsent.min.css'),
    'cookieconsent.min.js': fileOf('node_modules/cookieconsent/build/cookieconsent.min.js'),
  },
  head: `<link rel="stylesheet" href="/assets/cookieconsent.min.css">
<script src="/assets/cookieconsent.min.js"></script>
<script>
window.addEventListener('load', function () {
  window.cookieconsent.initialise({
    type: 'opt-in',
    content: { message: ${JSON.stringify(TEXT.description)}, allow: 'Accept all', deny: 'Reject all', href: '/privacy' },
    onStatusChange: function (status) {
      if (status !== 'allow') return;
      ['analytics', 'ads'].forEach(function (name) {
        var script = document.createElement('script');
        script.src = '${TRACKER_ORIGIN}/' + name + '.js';
        document.head.appendChild(script);
      });
    },
  });
});
</script>`,
  bodyEnd: '',
  gated: () => '',
  banner: `document.querySelector('.cc-window')`,
  accept: '.cc-allow',
};
