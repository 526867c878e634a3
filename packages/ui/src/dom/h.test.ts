import { describe, expect, it, vi } from 'vitest';
import { h } from './h';

describe('h', () => {
  it('sets attributes, skips false ones and appends children in order', () => {
    const element = h('p', { id: 'notice', hidden: true, inert: false, title: undefined }, 'a ', h('b', null, 'b'), null, [' c']);
    expect(element.outerHTML).toBe('<p id="notice" hidden="">a <b>b</b> c</p>');
  });

  it('turns on* props into listeners', () => {
    const onclick = vi.fn();
    h('button', { onclick }).click();
    expect(onclick).toHaveBeenCalledOnce();
  });
});
