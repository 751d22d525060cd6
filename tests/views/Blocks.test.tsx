import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { InBlocks } from '../../src/views/map/Blocks';

const items = Array.from({ length: 10 }, (_, i) => `item-${i}`);

function List({ limit, rendered }: { limit?: number; rendered: string[] }) {
  return (
    <ul>
      <InBlocks items={items} size={4} limit={limit} render={renderItem(rendered)} />
    </ul>
  );
}

// One render function per test, kept across rerenders, as a layer's useCallback keeps it.
const renderers = new Map<string[], (item: string) => ReactElement>();
const renderItem = (rendered: string[]) => {
  let fn = renderers.get(rendered);
  if (!fn) {
    fn = (item: string) => {
      rendered.push(item);
      return <li key={item}>{item}</li>;
    };
    renderers.set(rendered, fn);
  }
  return fn;
};

const shown = (container: HTMLElement) => [...container.querySelectorAll('li')].map((li) => li.textContent);

describe('InBlocks: a layer drawn a block at a time', () => {
  it('draws the blocks the limit reaches, in order and flat, and all of them without a limit', () => {
    const rendered: string[] = [];
    const { container, rerender } = render(<List limit={4} rendered={rendered} />);
    expect(shown(container)).toEqual(items.slice(0, 4));
    rerender(<List limit={8} rendered={rendered} />);
    expect(shown(container)).toEqual(items.slice(0, 8));
    rerender(<List rendered={rendered} />);
    expect(shown(container)).toEqual(items);
    expect(container.querySelector('ul')!.children).toHaveLength(10);
  });

  it('renders each element once as the limit grows: the blocks drawn before are not rendered again', () => {
    const rendered: string[] = [];
    const { rerender } = render(<List limit={4} rendered={rendered} />);
    rerender(<List limit={8} rendered={rendered} />);
    rerender(<List limit={12} rendered={rendered} />);
    expect(rendered).toEqual(items);
  });
});
