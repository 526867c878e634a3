export type Child = Node | string | false | null | undefined;
export type Props = Record<string, string | boolean | undefined | ((event: Event) => void)>;

/**
 * Builds a DOM element: `on*` props become listeners, `true` an empty attribute, `false` and `undefined`
 * nothing. Plain DOM instead of a virtual DOM: the banner renders once per showing, and a renderer would
 * cost more bytes than the banner, dialog and every language together.
 */
export function h<Tag extends keyof HTMLElementTagNameMap>(
  tag: Tag,
  props?: Props | null,
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[Tag] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props ?? {})) {
    if (typeof value === 'function') element.addEventListener(name.slice(2), value);
    else if (value !== false && value !== undefined) element.setAttribute(name, value === true ? '' : value);
  }
  element.append(...children.flat().filter((child): child is Node | string => !!child));
  return element;
}
