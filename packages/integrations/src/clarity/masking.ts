const MASK = 'data-clarity-mask';
const UNMASK = 'data-clarity-unmask';
const enforced = new WeakSet<Document>();

/**
 * Strict masking in the page, whatever the project setting says. Clarity: "a descendant with
 * data-clarity-unmask overrides a masked ancestor", so masking the root is not enough: every unmask
 * attribute is removed, including ones added later. The observer is created before clarity.js loads,
 * so it runs before Clarity's own observer sees a change, and Clarity records the removal.
 */
export function enforceStrictMasking(window: Window & typeof globalThis): void {
  const document = window.document;
  if (enforced.has(document)) return;
  enforced.add(document);
  const root = document.documentElement;
  root.setAttribute(MASK, 'true');
  const neutralise = () => root.querySelectorAll(`[${UNMASK}]`).forEach((element) => element.removeAttribute(UNMASK));
  neutralise();
  new window.MutationObserver(neutralise).observe(root, { subtree: true, childList: true, attributeFilter: [UNMASK] });
}
