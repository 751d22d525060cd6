// The map's first drawing on a renderer that renders each update in one task (preact/compat, the embed script's):
// a round there is one task, so each round draws a quarter of the chunk it draws on React, whose transitions are sliced.
import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderingUnsliced } from '../../src/views/renderSlicing';
import { BLOCK, PER_TASK, useFirstDrawing } from '../../src/views/map/useFirstDrawing';

const SIZES = { basemapPieces: 2 * PER_TASK.basemap, cables: 3 * PER_TASK.cables, links: 10, markers: 3 * PER_TASK.markers };

function Map({ sizes = SIZES }: { sizes?: typeof SIZES }) {
  const drawing = useFirstDrawing(true, true, sizes);
  return (
    <p>
      {drawing.busy ? 'busy' : 'done'}, cables {drawing.limit(2, PER_TASK.cables, sizes.cables) ?? 'all'}, markers {drawing.limit(3, PER_TASK.markers, sizes.markers) ?? 'all'}
    </p>
  );
}

describe('useFirstDrawing on a renderer that does not slice', () => {
  afterEach(() => vi.useRealTimers());

  /** What the map showed after each frame, until it is drawn. */
  async function framesOf(sizes: typeof SIZES): Promise<string[]> {
    renderingUnsliced();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
    render(<Map sizes={sizes} />);
    const seen: string[] = [];
    for (let i = 0; i < 200 && !seen.at(-1)?.startsWith('done'); i++) {
      await act(async () => {
        await vi.advanceTimersByTimeAsync(17);
      });
      seen.push(screen.getByText(/busy|done/).textContent ?? '');
    }
    return seen;
  }

  it('grows each layer by one block a round, and still finishes', async () => {
    const seen = await framesOf(SIZES);
    expect(seen.slice(1, 4)).toEqual([`busy, cables ${BLOCK.cables}, markers 0`, `busy, cables ${2 * BLOCK.cables}, markers ${BLOCK.markers}`, `busy, cables ${3 * BLOCK.cables}, markers ${2 * BLOCK.markers}`]);
    expect(seen.at(-1)).toBe('done, cables all, markers all');
    // Twelve blocks of cables, one a round from round 2: at least thirteen rounds before the drawing is done.
    expect(seen.length).toBeGreaterThanOrEqual(13);
  });

  it('on much more data, takes larger rounds rather than ever more of them (each frame repaints the whole map)', async () => {
    const seen = await framesOf({ ...SIZES, cables: 20 * PER_TASK.cables });
    expect(seen.at(-1)).toBe('done, cables all, markers all');
    // A block a round would take 80 rounds; rounds of two blocks, about 40.
    expect(seen.length).toBeLessThanOrEqual(45);
    // The cables take rounds of two blocks; the markers, which would need far fewer rounds, spread over the same
    // rounds a block at a time rather than adding two blocks to every one of the first rounds.
    expect(seen[2]).toBe(`busy, cables ${4 * BLOCK.cables}, markers ${BLOCK.markers}`);
  });
});
