/**
 * The whole stylesheet; its first rule is the host's, which the `theme` config adds to. Public custom
 * properties (`--consentry-*`, documented in the README) feed private ones, so a site can set them anywhere
 * up the tree or through the `theme` config, in light and dark alike. The private ones are one letter, as a
 * minifier cannot shorten names inside a string: `--b` background, `--f` text, `--m` muted text, `--a`
 * accent, `--o` text on the accent, `--l` lines; radius and typeface have no dark variant, so their public
 * properties are read where they apply. Colours meet WCAG 1.4.3 (text 4.5:1) and 1.4.11 (controls and the
 * focus ring 3:1) on both schemes. A checked switch keeps the accent of every button; an unchecked one
 * looks like the secondary button. The switch knob moves along `inset-inline-start`, so right-to-left
 * languages stay right; the banner's padding centres its content (72rem at most) without a wrapper element;
 * on a narrow screen the browser's own `max-width` for a modal dialog keeps the dialog inside it. The banner
 * takes at most half the screen and scrolls inside beyond that (400% zoom), so that a focused element of the
 * page always has the other half to be scrolled into (WCAG 2.4.11).
 */
export const css = `
:host{all:initial;--b:var(--consentry-bg,#fff);--f:var(--consentry-fg,#1b1f24);--m:var(--consentry-muted,#4a5260);--a:var(--consentry-accent,#1a4fd6);--o:var(--consentry-on-accent,#fff);--l:var(--consentry-border,#6b7280)}
@media (prefers-color-scheme:dark){:host{--b:var(--consentry-bg,#1b1f24);--f:var(--consentry-fg,#f3f4f6);--m:var(--consentry-muted,#c3c8d0);--a:var(--consentry-accent,#9ec1ff);--o:var(--consentry-on-accent,#0b1730);--l:var(--consentry-border,#9aa3af)}}
.banner,dialog{box-sizing:border-box;max-height:100%;overflow:auto;background:var(--b);color:var(--f);font:1rem/1.5 var(--consentry-font,system-ui,sans-serif);border:1px solid var(--l)}
.banner{max-height:50%;position:fixed;z-index:2147483646;inset:auto 0 0;display:flex;flex-wrap:wrap;gap:.5rem 2rem;align-items:center;padding:1rem max(1rem,50% - 36rem);border-width:1px 0 0}
.text{flex:1 1 20rem}
h2{margin:0;font-size:1.125rem}
p{margin:.25rem 0}
.muted{color:var(--m)}
a{color:inherit}
.actions{display:flex;flex-wrap:wrap;gap:.5rem;flex:1 1 30rem}
.actions button{flex:1 1 8rem}
button{font:inherit;font-weight:600;cursor:pointer;min-height:2.75rem;padding:.5rem 1rem;border:2px solid var(--a);border-radius:var(--consentry-radius,.5rem);background:var(--a);color:var(--o)}
.secondary,[aria-checked=false]{background:none;color:var(--f);border-color:var(--l)}
:focus-visible{outline:3px solid var(--a);outline-offset:2px}
dialog{width:36rem;padding:1rem 1.25rem;border-radius:var(--consentry-radius,.5rem)}
dialog::backdrop{background:#000a}
.head,.category{display:flex;gap:1rem;align-items:center;justify-content:space-between}
.close{padding:0 .75rem;min-width:2.75rem}
section{border-top:1px solid var(--l);padding:.75rem 0}
label{font-weight:600}
[role=switch]{position:relative;flex:none;width:3.25rem;min-height:1.75rem;padding:0;border-radius:1rem}
[role=switch]::before{content:"";position:absolute;top:.2rem;inset-inline-start:.2rem;padding:.55rem;border-radius:50%;background:var(--l)}
[aria-checked=true]::before{inset-inline-start:1.6rem;background:var(--o)}
:disabled{cursor:default;opacity:.7}
@media (prefers-reduced-motion:no-preference){[role=switch]::before{transition:inset-inline-start .15s}}
`;
