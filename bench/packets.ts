// The packet animation's frame budget: stepPackets, locatePackets and drawPackets for 5,000 packets over 1,000 frames.
// Run through `npm run bench` (bench/run.ts calls benchPackets at the end).
import type { LonLat } from '../src/data/schema';
import { drawPackets } from '../src/draw/drawPackets';
import type { PacketContext } from '../src/draw/drawPackets';
import { createProjection } from '../src/geo/projection';
import { locatePackets } from '../src/sim/locatePackets';
import type { PacketPositions } from '../src/sim/locatePackets';
import { createPacketState, stepPackets } from '../src/sim/packets';
import type { PacketFlowInput, PacketState } from '../src/sim/packets';
import { mulberry32 } from './synthetic';

const quantile = (sorted: readonly number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;

/** 300 flows between random places, each a route of 6–12 points wandering across the map, demand spread like the real top flows. */
function syntheticFlows(count: number, seed: number): PacketFlowInput[] {
  const random = mulberry32(seed);
  const palette = ['#1c7ed6', '#e8590c', '#2f9e44', '#ae3ec9', '#f08c00', '#0c8599', '#c2255c', '#5c940d'];
  return Array.from({ length: count }, (_, i) => {
    const points = 6 + Math.floor(random() * 7);
    const path: LonLat[] = [[random() * 360 - 180, random() * 120 - 60]];
    for (let p = 1; p < points; p++) {
      const [lon, lat] = path[p - 1]!;
      path.push([((lon + 180 + random() * 40 - 20 + 360) % 360) - 180, Math.max(-70, Math.min(70, lat + random() * 30 - 15))]);
    }
    return { id: `f${i}`, path, tbps: 50 / (1 + i) ** 0.8, colour: palette[i % palette.length]! };
  });
}

/** A context that draws nothing, so the figure is drawPackets' own cost. */
function createNoopContext(): PacketContext {
  const noop = () => {};
  return { fillStyle: '', strokeStyle: '', globalAlpha: 1, lineWidth: 1, save: noop, restore: noop, beginPath: noop, moveTo: noop, lineTo: noop, arc: noop, rect: noop, fill: noop, stroke: noop };
}

function timeFrames(frames: number, frame: (i: number) => void): { median: number; p95: number } {
  for (let i = 0; i < 50; i++) frame(i); // warm-up
  const times: number[] = [];
  for (let i = 0; i < frames; i++) {
    const t = performance.now();
    frame(i);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { median: quantile(times, 0.5), p95: quantile(times, 0.95) };
}

export function benchPackets(packets = 5000, frames = 1000): void {
  const flows = syntheticFlows(300, 13);
  let state: PacketState = createPacketState(flows, { targetPackets: packets, seed: 1 });
  const projection = createProjection('natural-earth', { width: 1200, height: 640 });
  const project = (p: [number, number]) => projection(p);
  const ctx = createNoopContext();
  const counts: number[] = [];

  const step = timeFrames(frames, () => {
    state = stepPackets(state, 16);
    counts.push(state.count);
  });
  let located: PacketPositions | undefined;
  const locate = timeFrames(frames, () => {
    located = locatePackets(state, located);
  });
  const positions = locatePackets(state);
  const draw = timeFrames(frames, () => drawPackets(ctx, { ...positions, project, transform: { k: 1.5, x: -40, y: 12 }, radius: 2 }));

  counts.sort((a, b) => a - b);
  const row = (name: string, f: { median: number; p95: number }, target: string) =>
    console.log(`${name.padEnd(32)}${`${f.median.toFixed(3)} ms`.padStart(14)}${`${f.p95.toFixed(3)} ms`.padStart(14)}${target.padStart(14)}`);
  console.log(`\npacket animation: ${flows.length} flows, ${quantile(counts, 0.5)} packets in flight (target ${packets}), ${frames} frames of 16 ms`);
  console.log(`${''.padEnd(32)}${'median'.padStart(14)}${'p95'.padStart(14)}${'target'.padStart(14)}`);
  row('stepPackets', step, '≤ 2 ms');
  row('locatePackets', locate, '');
  row('drawPackets, no-op context', draw, '');
  const ok = step.p95 <= 2;
  console.log(`${ok ? 'packet target met' : 'PACKET TARGET MISSED'} (stepPackets p95 ≤ 2 ms for ${packets} packets)`);
}
