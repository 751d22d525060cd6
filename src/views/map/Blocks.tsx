import { memo } from 'react';
import type { ReactNode } from 'react';

const cache = new WeakMap<readonly unknown[], Map<number, readonly (readonly unknown[])[]>>();

/** `items` in consecutive blocks of `size`: the same arrays for the same items, so that a memoised block skips. */
function blocksOf<T>(items: readonly T[], size: number): readonly (readonly T[])[] {
  let bySize = cache.get(items);
  if (!bySize) cache.set(items, (bySize = new Map()));
  let blocks = bySize.get(size);
  if (!blocks) {
    const made: (readonly T[])[] = [];
    for (let i = 0; i < items.length; i += size) made.push(items.slice(i, i + size));
    bySize.set(size, (blocks = made));
  }
  return blocks as readonly (readonly T[])[];
}

const Block = memo(function Block({ items, render }: { items: readonly unknown[]; render: (item: unknown) => ReactNode }) {
  return <>{items.map((item) => render(item))}</>;
});

/**
 * A layer's elements, the first `limit` of them (all when undefined), rendered a block at a time: while the map's
 * first drawing grows `limit` by a block or two a round (useFirstDrawing), a round renders its new blocks alone,
 * not again every element drawn before. Those elements, made anew each round, were most of each round's work and
 * of the garbage collected at ten times the data. The elements come out in order, flat, as without blocks.
 * `render` should keep its identity between rounds (useCallback), or every block renders again.
 */
export function InBlocks<T>({ items, size, limit, render }: { items: readonly T[]; size: number; limit?: number; render: (item: T) => ReactNode }) {
  const blocks = blocksOf(items, size);
  const shown = limit === undefined ? blocks.length : Math.ceil(limit / size);
  return (
    <>
      {blocks.slice(0, shown).map((block, i) => (
        <Block key={i} items={block} render={render as (item: unknown) => ReactNode} />
      ))}
    </>
  );
}
