// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { drawPackets } from '../../src/draw/drawPackets';
import type { DrawPacketsInput, PacketContext } from '../../src/draw/drawPackets';

type Call = [string, ...unknown[]];

/** A context that records every call and every style it is given. */
function createRecordingContext(): PacketContext & { calls: Call[] } {
  const calls: Call[] = [];
  const record =
    (name: string) =>
    (...args: unknown[]) => {
      calls.push([name, ...args]);
    };
  const styles: Record<string, unknown> = { fillStyle: '#000', strokeStyle: '#000', globalAlpha: 1, lineWidth: 1 };
  const ctx = {
    calls,
    save: record('save'),
    restore: record('restore'),
    beginPath: record('beginPath'),
    moveTo: record('moveTo'),
    lineTo: record('lineTo'),
    arc: record('arc'),
    rect: record('rect'),
    fill: record('fill'),
    stroke: record('stroke'),
  } as unknown as PacketContext & { calls: Call[] };
  for (const key of Object.keys(styles)) {
    Object.defineProperty(ctx, key, {
      get: () => styles[key],
      set: (value: unknown) => {
        styles[key] = value;
        calls.push([key, value]);
      },
    });
  }
  return ctx;
}

/** Identity-like projection: x = lon, y = −lat; points with lon > 100 are hidden. */
const project = (p: [number, number]): [number, number] | null => (p[0] > 100 ? null : [p[0], -p[1]]);

function input(points: [number, number][], group: number[], extra: Partial<DrawPacketsInput> = {}): DrawPacketsInput {
  return { count: points.length, lonLat: points.flat(), group, colours: ['red', 'blue'], project, radius: 3, ...extra };
}

const named = (calls: Call[], name: string) => calls.filter((c) => c[0] === name);

describe('drawPackets', () => {
  it('drawPackets(ctx, input) draws one arc of the given radius at each projected packet', () => {
    const ctx = createRecordingContext();
    drawPackets(ctx, input([[10, 20], [30, -5]], [0, 0]));
    expect(named(ctx.calls, 'arc')).toEqual([
      ['arc', 10, -20, 3, 0, 2 * Math.PI],
      ['arc', 30, 5, 3, 0, 2 * Math.PI],
    ]);
    // Each dot starts a subpath on its own rim, so no line joins one dot to the next.
    expect(named(ctx.calls, 'moveTo')).toEqual([
      ['moveTo', 13, -20],
      ['moveTo', 33, 5],
    ]);
  });

  it('drawPackets(ctx, input) skips packets the projection hides (null), e.g. on the far side of the globe', () => {
    const ctx = createRecordingContext();
    drawPackets(ctx, input([[10, 0], [150, 0], [20, 0]], [0, 0, 0]));
    expect(named(ctx.calls, 'arc').map((c) => c[1])).toEqual([10, 20]);
  });

  it('drawPackets(ctx, input) batches by colour: one beginPath and one fill per colour, groups of the same colour together', () => {
    const ctx = createRecordingContext();
    const colours = ['red', 'blue', 'red'];
    drawPackets(ctx, input([[1, 0], [2, 0], [3, 0], [4, 0], [5, 0]], [0, 1, 2, 1, 0], { colours }));
    const painted = ctx.calls.filter((c) => c[0] === 'fillStyle' || c[0] === 'beginPath' || c[0] === 'arc' || c[0] === 'fill').map((c) => (c[0] === 'arc' ? `arc ${String(c[1])}` : c[0] === 'fillStyle' ? `fill ${String(c[1])}` : c[0]));
    expect(painted).toEqual(['fill red', 'beginPath', 'arc 1', 'arc 3', 'arc 5', 'fill', 'fill blue', 'beginPath', 'arc 2', 'arc 4', 'fill']);
  });

  it('drawPackets(ctx, input) applies the zoom transform {k: 2, x: 10, y: -5} to positions but keeps the radius in screen pixels', () => {
    const ctx = createRecordingContext();
    drawPackets(ctx, input([[10, 20]], [1], { transform: { k: 2, x: 10, y: -5 } }));
    expect(named(ctx.calls, 'arc')).toEqual([['arc', 30, -45, 3, 0, 2 * Math.PI]]);
  });

  it('drawPackets(ctx, input) draws each visible dropped packet as a red cross at its alpha, and skips faded or hidden ones', () => {
    const ctx = createRecordingContext();
    const dropped = [
      { lonLat: [10, 0] as [number, number], alpha: 0.5 },
      { lonLat: [20, 0] as [number, number], alpha: 0 },
      { lonLat: [150, 0] as [number, number], alpha: 1 },
    ];
    drawPackets(ctx, input([], [], { dropped, dropSize: 4 }));
    expect(named(ctx.calls, 'strokeStyle')).toEqual([['strokeStyle', '#e03131']]);
    expect(named(ctx.calls, 'globalAlpha')).toEqual([['globalAlpha', 0.5]]);
    expect(ctx.calls.filter((c) => c[0] === 'moveTo' || c[0] === 'lineTo')).toEqual([
      ['moveTo', 6, -4],
      ['lineTo', 14, 4],
      ['moveTo', 6, 4],
      ['lineTo', 14, -4],
    ]);
    expect(named(ctx.calls, 'stroke')).toHaveLength(1);
    expect(named(ctx.calls, 'fill')).toHaveLength(0);
  });

  it('drawPackets(ctx, input) saves the context first and restores it last, so its alpha and styles do not leak', () => {
    const ctx = createRecordingContext();
    drawPackets(ctx, input([[1, 1]], [0], { dropped: [{ lonLat: [2, 2], alpha: 0.3 }] }));
    expect(ctx.calls[0]).toEqual(['save']);
    expect(ctx.calls.at(-1)).toEqual(['restore']);
  });

  it('drawPackets(ctx, input) draws packets smaller than 2.5 px as squares, which rasterise faster than discs', () => {
    const ctx = createRecordingContext();
    drawPackets(ctx, { count: 2, lonLat: [10, -20, 30, 5], group: [0, 0], colours: ['red'], project: (p) => p, radius: 1.5 });
    expect(named(ctx.calls, 'arc')).toEqual([]);
    expect(named(ctx.calls, 'rect')).toEqual([
      ['rect', 8.5, -21.5, 3, 3],
      ['rect', 28.5, 3.5, 3, 3],
    ]);
  });
});
