import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NO_FRAME_MS, PER_TASK, useFirstDrawing } from '../../src/views/map/useFirstDrawing';

const SIZES = { basemapPieces: 2 * PER_TASK.basemap, cables: 3 * PER_TASK.cables, links: 10, markers: 10 };

function Map({ laidOut }: { laidOut: boolean }) {
  const drawing = useFirstDrawing(true, laidOut, SIZES);
  return (
    <p>
      {drawing.busy ? 'busy' : 'done'}, world {drawing.limit(1, PER_TASK.basemap, SIZES.basemapPieces) ?? 'all'}, markers {drawing.shows(3) ? 'shown' : 'hidden'}, cables {drawing.limit(2, PER_TASK.cables, SIZES.cables) ?? 'all'}
    </p>
  );
}

describe('useFirstDrawing', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  it('where nothing is laid out (jsdom), draws everything at once', () => {
    render(<Map laidOut={false} />);
    expect(screen.getByText('done, world all, markers shown, cables all')).toBeTruthy();
  });

  /** Advances the clock by `step` ms at a time until the map is drawn, and returns what it showed after each step. */
  async function drawWithSteps(step: number, limit: number): Promise<string[]> {
    const seen: string[] = [];
    for (let i = 0; i < limit && !seen.at(-1)?.startsWith('done'); i++) {
      await act(async () => {
        await vi.advanceTimersByTimeAsync(step);
      });
      seen.push(screen.getByText(/busy|done/).textContent ?? '');
    }
    return seen;
  }

  it('in a laid-out page, draws a round per frame: the world in pieces, the lines, then the markers, then everything', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
    render(<Map laidOut />);
    expect(screen.getByText('busy, world 0, markers hidden, cables 0')).toBeTruthy();
    // Frames come every 16 ms, well before the wait for a missing frame ends.
    const seen = await drawWithSteps(17, 20);
    expect(seen.slice(0, 3)).toEqual([
      `busy, world ${PER_TASK.basemap}, markers hidden, cables 0`,
      // The lines' first round, an ordinary update next to the world's pieces, draws half a chunk.
      `busy, world ${2 * PER_TASK.basemap}, markers hidden, cables ${PER_TASK.cables / 2}`,
      `busy, world ${3 * PER_TASK.basemap}, markers shown, cables ${1.5 * PER_TASK.cables}`,
    ]);
    expect(seen.at(-1)).toBe('done, world all, markers shown, cables all');
    // A round a frame: were they waiting for the fallback instead, each would take NO_FRAME_MS.
    expect(seen.length * 17).toBeLessThan(2 * NO_FRAME_MS);
  });

  it('spreads a small layer over the rounds the largest one takes, in whole blocks, and finishes them together', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
    const sizes = { basemapPieces: PER_TASK.basemap, cables: 12 * PER_TASK.cables, links: 10, markers: PER_TASK.markers };
    function Spread() {
      const drawing = useFirstDrawing(true, true, sizes);
      return (
        <p>
          {drawing.busy ? 'busy' : 'done'}, cables {drawing.limit(2, PER_TASK.cables, sizes.cables) ?? 'all'}, markers {drawing.limit(3, PER_TASK.markers, sizes.markers) ?? 'all'}
        </p>
      );
    }
    render(<Spread />);
    const seen = await drawWithSteps(17, 40);
    const markers = seen.map((s) => s.match(/markers (\d+)/)?.[1]).filter((m): m is string => m !== undefined).map(Number);
    // A whole chunk of markers would be drawn in their first round; spread, each round adds one block of a quarter chunk…
    expect(markers.filter((m) => m > 0)[0]).toBe(PER_TASK.markers / 4);
    expect(Math.max(...markers.map((m, i) => m - (markers[i - 1] ?? 0)))).toBe(PER_TASK.markers / 4);
    // …while the cables keep their pace of a chunk a round, and the drawing still ends with everything.
    expect(seen).toContain(`busy, cables ${1.5 * PER_TASK.cables}, markers ${PER_TASK.markers / 4}`);
    expect(seen.at(-1)).toBe('done, cables all, markers all');
  });

  it('finishes where the browser sends no frames (a tab in the background), a round per short wait', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    // No frame ever comes.
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation(() => 1);
    vi.spyOn(window, 'cancelAnimationFrame').mockImplementation(() => undefined);
    render(<Map laidOut />);
    expect(screen.getByText('busy, world 0, markers hidden, cables 0')).toBeTruthy();
    const seen = await drawWithSteps(NO_FRAME_MS + 1, 20);
    expect(seen).toContain(`busy, world ${2 * PER_TASK.basemap}, markers hidden, cables ${PER_TASK.cables / 2}`);
    expect(seen.at(-1)).toBe('done, world all, markers shown, cables all');
  });
});
