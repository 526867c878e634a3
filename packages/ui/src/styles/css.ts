/**
 * The whole stylesheet. Public custom properties (`--consentry-*`, documented in the README) feed
 * private ones, so a site can set them anywhere up the tree or through the `theme` config, in light and
 * dark alike. Colours meet WCAG 1.4.3 (text 4.5:1) and 1.4.11 (controls and the focus ring 3:1) on both schemes.
 * Logical properties (`inset-inline`, `margin-inline`) keep right-to-left languages right.
 */
export const css = `
:host{all:initial;--bg:var(--consentry-bg,#fff);--fg:var(--consentry-fg,#1b1f24);--muted:var(--consentry-muted,#4a5260);--accent:var(--consentry-accent,#1a4fd6);--on-accent:var(--consentry-on-accent,#fff);--line:var(--consentry-border,#6b7280);--radius:var(--consentry-radius,.5rem);--font:var(--consentry-font,system-ui,sans-serif)}
@media (prefers-color-scheme:dark){:host{--bg:var(--consentry-bg,#1b1f24);--fg:var(--consentry-fg,#f3f4f6);--muted:var(--consentry-muted,#c3c8d0);--accent:var(--consentry-accent,#9ec1ff);--on-accent:var(--consentry-on-accent,#0b1730);--line:var(--consentry-border,#9aa3af)}}
.banner,dialog{box-sizing:border-box;max-height:100%;overflow:auto;background:var(--bg);color:var(--fg);font:1rem/1.5 var(--font);border:1px solid var(--line)}
.banner{position:fixed;z-index:2147483646;inset-inline:0;bottom:0;padding:1rem;border-width:1px 0 0}
.inner{display:flex;flex-wrap:wrap;gap:.5rem 2rem;align-items:center;max-width:72rem;margin:auto}
.text{flex:1 1 20rem}
h2{margin:0;font-size:1.125rem}
p{margin:.25rem 0}
.muted{color:var(--muted)}
a{color:inherit}
.actions{display:flex;flex-wrap:wrap;gap:.5rem;flex:1 1 30rem}
.actions button{flex:1 1 8rem}
button{font:inherit;font-weight:600;cursor:pointer;min-height:2.75rem;padding:.5rem 1rem;border:2px solid var(--accent);border-radius:var(--radius);background:var(--accent);color:var(--on-accent)}
.secondary{background:none;color:var(--fg);border-color:var(--line)}
:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
dialog{width:min(36rem,100%);padding:1rem 1.25rem;border-radius:var(--radius)}
dialog::backdrop{background:#000a}
.head,.category{display:flex;gap:1rem;align-items:center;justify-content:space-between}
.close{padding:0 .75rem;min-width:2.75rem}
section{border-top:1px solid var(--line);padding:.75rem 0}
label{font-weight:600}
[role=switch]{position:relative;flex:none;width:3.25rem;min-height:0;height:1.75rem;padding:0;border-color:var(--line);border-radius:1rem;background:var(--bg)}
[role=switch]::before{content:"";position:absolute;top:.2rem;inset-inline-start:.2rem;width:1.1rem;height:1.1rem;border-radius:50%;background:var(--line)}
[aria-checked=true]{background:var(--accent);border-color:var(--accent)}
[aria-checked=true]::before{inset-inline-start:1.6rem;background:var(--on-accent)}
:disabled{cursor:default;opacity:.7}
@media (prefers-reduced-motion:no-preference){[role=switch]::before{transition:inset-inline-start .15s}}
`;
