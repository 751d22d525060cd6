// The map's first drawing on a renderer that renders each update in one task (preact/compat, the embed script's):
// a round there is one task, so each round draws a quarter of the chunk it draws on React, whose transitions are sliced.
import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderingUnsliced } from '../../src/views/renderSlicing';
import { BLOCK, PER_TASK, useFirstDrawing } from '../../src/views/map/useFirstDrawing';

const SIZES = { basemapPieces: 2 * PER_TASK.basemap, cables: 3 * PER_TASK.cables, links: 10, markers: 3 * PER_TASK.markers };

function Map() {
  const drawing = useFirstDrawing(true, true, SIZES);
  return (
    <p>
      {drawing.busy ? 'busy' : 'done'}, cables {drawing.limit(2, PER_TASK.cables) ?? 'all'}, markers {drawing.limit(3, PER_TASK.markers) ?? 'all'}
    </p>
  );
}

describe('useFirstDrawing on a renderer that does not slice', () => {
  afterEach(() => vi.useRealTimers());

  it('grows each layer by one block a round, in twice as many rounds, and still finishes', async () => {
    renderingUnsliced();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
    render(<Map />);
    const seen: string[] = [];
    for (let i = 0; i < 40 && !seen.at(-1)?.startsWith('done'); i++) {
      await act(async () => {
        await vi.advanceTimersByTimeAsync(17);
      });
      seen.push(screen.getByText(/busy|done/).textContent ?? '');
    }
    expect(seen.slice(1, 4)).toEqual([`busy, cables ${BLOCK.cables}, markers 0`, `busy, cables ${2 * BLOCK.cables}, markers ${BLOCK.markers}`, `busy, cables ${3 * BLOCK.cables}, markers ${2 * BLOCK.markers}`]);
    expect(seen.at(-1)).toBe('done, cables all, markers all');
    // Twelve blocks of cables, one a round from round 2: at least thirteen rounds before the drawing is done.
    expect(seen.length).toBeGreaterThanOrEqual(13);
  });
});
