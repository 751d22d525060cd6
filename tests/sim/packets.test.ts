// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { LonLat } from '../../src/data/schema';
import { FIBRE_KM_PER_MS } from '../../src/model/latency';
import { createPacketState, packetSpeedKmPerMs, stepPackets } from '../../src/sim/packets';
import type { PacketFlowInput, PacketState } from '../../src/sim/packets';

/** A flow along the equator from longitude 0 to `toLon`. */
function equatorFlow(id: string, toLon: number, tbps: number, colour = '#1c7ed6'): PacketFlowInput {
  const path: LonLat[] = [];
  for (let lon = 0; lon < toLon; lon += 10) path.push([lon, 0]);
  path.push([toLon, 0]);
  return { id, path, tbps, colour };
}

function run(state: PacketState, frames: number, dtMs = 16): PacketState {
  let s = state;
  for (let i = 0; i < frames; i++) s = stepPackets(s, dtMs);
  return s;
}

function countByFlow(state: PacketState): number[] {
  const counts = state.flows.map(() => 0);
  for (let i = 0; i < state.count; i++) counts[state.flow[i]!]!++;
  return counts;
}

const flows = [equatorFlow('a', 90, 3), equatorFlow('b', 60, 1, '#e8590c')];

describe('stepPackets', () => {
  it('stepPackets(state, 16) × 200 gives the same packets for the same seed, and different ones for another seed', () => {
    const one = run(createPacketState(flows, { seed: 42, targetPackets: 300 }), 200);
    const two = run(createPacketState(flows, { seed: 42, targetPackets: 300 }), 200);
    const other = run(createPacketState(flows, { seed: 43, targetPackets: 300 }), 200);
    expect(one.count).toBeGreaterThan(0);
    expect(Array.from(two.km)).toEqual(Array.from(one.km));
    expect(Array.from(two.flow)).toEqual(Array.from(one.flow));
    expect(Array.from(two.reverse)).toEqual(Array.from(one.reverse));
    expect(two.rng).toBe(one.rng);
    expect(Array.from(other.km)).not.toEqual(Array.from(one.km));
  });

  it('stepPackets(state, dt) leaves its input state as it was, so calling it twice gives equal results', () => {
    const state = run(createPacketState(flows, { seed: 7, targetPackets: 300 }), 10);
    const km = Array.from(state.km);
    const spawn = Array.from(state.nextSpawnMs);
    const rng = state.rng;
    const first = stepPackets(state, 33);
    const second = stepPackets(state, 33);
    expect(Array.from(state.km)).toEqual(km);
    expect(Array.from(state.nextSpawnMs)).toEqual(spawn);
    expect(state.rng).toBe(rng);
    expect(Array.from(second.km)).toEqual(Array.from(first.km));
    expect(second.count).toBe(first.count);
  });

  it('stepPackets(state, 10) moves each packet 20.42 km at slowdown 100 (light in fibre, 100 times slower)', () => {
    const state = createPacketState([equatorFlow('long', 170, 1)], { targetPackets: 200, slowdown: 100, seed: 3 });
    const lengthKm = state.flows[0]!.track.lengthKm;
    const advance = 10 * (FIBRE_KM_PER_MS / 100);
    expect(advance).toBeCloseTo(20.419, 3);
    const survivors = Array.from(state.km).filter((km) => km + advance < lengthKm);
    const next = stepPackets(state, 10);
    // Survivors keep their order at the front; packets sent during the step follow.
    expect(next.count).toBeGreaterThanOrEqual(survivors.length);
    survivors.forEach((km, i) => expect(next.km[i]! - km).toBeCloseTo(20.419, 3));
  });

  it('stepPackets(state, 10) moves each packet 2.042 km at slowdown 1000', () => {
    const state = createPacketState([equatorFlow('long', 170, 1)], { targetPackets: 50, slowdown: 1000, seed: 3 });
    expect(packetSpeedKmPerMs(1000) * 10).toBeCloseTo(2.0419, 4);
    const next = stepPackets(state, 10);
    for (let i = 0; i < state.count; i++) expect(next.km[i]! - state.km[i]!).toBeCloseTo(2.0419, 4);
  });

  it('stepPackets(state, dt) removes packets that reach the end of their route and places new ones no further than dt × speed', () => {
    const state = createPacketState([equatorFlow('short', 20, 1)], { targetPackets: 300, seed: 11 });
    const lengthKm = state.flows[0]!.track.lengthKm;
    const dt = 100;
    const advance = dt * packetSpeedKmPerMs(100);
    const survivors = Array.from(state.km).filter((km) => km + advance < lengthKm);
    expect(survivors.length).toBeLessThan(state.count);
    const next = stepPackets(state, dt);
    expect(Array.from(next.km.subarray(0, survivors.length))).toEqual(survivors.map((km) => expect.closeTo(km + advance, 6)));
    for (let i = 0; i < next.count; i++) expect(next.km[i]!).toBeLessThan(lengthKm);
    for (let i = survivors.length; i < next.count; i++) expect(next.km[i]!).toBeLessThanOrEqual(advance);
  });

  it('stepPackets empties a route of its packets one transit time after it stops sending (tbps 0 sends none)', () => {
    const state = createPacketState([equatorFlow('a', 30, 1)], { targetPackets: 100, seed: 5 });
    const silent: PacketState = { ...state, flows: [{ ...state.flows[0]!, tbps: 0 }] };
    const transitMs = state.flows[0]!.track.lengthKm / packetSpeedKmPerMs(100);
    expect(state.count).toBeGreaterThan(50);
    expect(run(silent, Math.ceil(transitMs / 16)).count).toBe(0);
  });

  it('createPacketState(flows, { prefill: false }) starts empty and stepPackets fills it to about targetPackets, split 3:1 for 3:1 tbps on equal routes', () => {
    const equal = [equatorFlow('big', 90, 3), equatorFlow('small', 90, 1)];
    const empty = createPacketState(equal, { targetPackets: 1000, prefill: false, seed: 9 });
    expect(empty.count).toBe(0);
    const transitMs = empty.flows[0]!.track.lengthKm / packetSpeedKmPerMs(100);
    const steady = run(empty, Math.ceil((2 * transitMs) / 16));
    expect(steady.count).toBeGreaterThan(920);
    expect(steady.count).toBeLessThan(1080);
    const [big, small] = countByFlow(steady);
    expect(big! / small!).toBeGreaterThan(2.6);
    expect(big! / small!).toBeLessThan(3.4);
  });

  it('stepPackets keeps each flow in proportion to tbps × transit time: equal tbps on a route twice as long holds twice the packets', () => {
    const state = createPacketState([equatorFlow('long', 120, 1), equatorFlow('short', 60, 1)], { targetPackets: 900, seed: 21 });
    const steady = run(state, 400);
    expect(steady.count).toBeGreaterThan(820);
    expect(steady.count).toBeLessThan(980);
    const [long, short] = countByFlow(steady);
    expect(long! / short!).toBeGreaterThan(1.7);
    expect(long! / short!).toBeLessThan(2.3);
  });

  it('createPacketState(flows) prefills about targetPackets at random places along the routes', () => {
    const state = createPacketState(flows, { targetPackets: 2000, seed: 1 });
    expect(state.count).toBeGreaterThan(1950);
    expect(state.count).toBeLessThan(2050);
    const outside = Array.from(state.km).filter((km, i) => !(km >= 0 && km < state.flows[state.flow[i]!]!.track.lengthKm));
    expect(outside).toEqual([]);
  });

  it('createPacketState(flows, { reverseShare }) runs about that share of packets backwards (0.5 by default, none at 0)', () => {
    const half = run(createPacketState(flows, { targetPackets: 2000, seed: 2 }), 100);
    const reversed = half.reverse.reduce((s, r) => s + r, 0);
    expect(reversed / half.count).toBeGreaterThan(0.45);
    expect(reversed / half.count).toBeLessThan(0.55);
    const none = run(createPacketState(flows, { targetPackets: 500, seed: 2, reverseShare: 0 }), 100);
    expect(none.reverse.every((r) => r === 0)).toBe(true);
  });

  it('stepPackets(state, 0) and stepPackets(state, -5) return the state unchanged', () => {
    const state = createPacketState(flows, { targetPackets: 100 });
    expect(stepPackets(state, 0)).toBe(state);
    expect(stepPackets(state, -5)).toBe(state);
    expect(stepPackets(state, Number.NaN)).toBe(state);
  });

  it('stepPackets(state, dt) counts dropped packets down by dt and removes them once faded', () => {
    const base = createPacketState(flows, { targetPackets: 10 });
    const state: PacketState = {
      ...base,
      dropped: [
        { lonLat: [1, 2], flowId: 'a', remainingMs: 1200, fadeMs: 1200 },
        { lonLat: [3, 4], flowId: 'b', remainingMs: 300, fadeMs: 1200 },
      ],
    };
    const later = stepPackets(state, 500);
    expect(later.dropped).toEqual([{ lonLat: [1, 2], flowId: 'a', remainingMs: 700, fadeMs: 1200 }]);
    expect(stepPackets(later, 700).dropped).toEqual([]);
  });
});

describe('createPacketState', () => {
  it('createPacketState(flows, { slowdown: 0 }) throws a RangeError; undefined options take their defaults', () => {
    expect(() => createPacketState([], { slowdown: 0 })).toThrow(RangeError);
    expect(createPacketState([], { slowdown: undefined, targetPackets: undefined }).options).toMatchObject({ slowdown: 100, targetPackets: 2000 });
  });

  it('createPacketState with a flow whose path is empty or a single point gives it no packets, and stepPackets sends none', () => {
    const state = createPacketState([{ id: 'none', path: [], tbps: 5, colour: 'red' }, { id: 'dot', path: [[3, 4]], tbps: 5, colour: 'red' }], { targetPackets: 100 });
    expect(state.count).toBe(0);
    expect(run(state, 50).count).toBe(0);
  });
});

describe('a path slower than fibre (transitMs)', () => {
  it('packets of a flow whose transitMs is 16 × its fibre time move 16 × slower, and it holds 16 × the packets in flight at the same rate', () => {
    const fibre = equatorFlow('fibre', 30, 1);
    const probe = createPacketState([fibre], { prefill: false });
    const fibreMs = probe.flows[0]!.track.lengthKm / FIBRE_KM_PER_MS;
    const slow: PacketFlowInput = { ...equatorFlow('slow', 30, 1), transitMs: 16 * fibreMs };
    const state = createPacketState([fibre, slow], { prefill: false, targetPackets: 2000, seed: 7 });
    expect(state.flows[1]!.pace).toBeCloseTo(1 / 16, 12);
    expect(state.flows[0]!.pace).toBe(1);
    // One packet of each, placed at the start by hand, then one step.
    const placed: PacketState = { ...state, count: 2, flow: Uint32Array.from([0, 1]), km: Float64Array.from([0, 0]), reverse: Uint8Array.from([0, 0]), nextSpawnMs: Float64Array.from([Infinity, Infinity]) };
    const later = stepPackets(placed, 100);
    const speed = packetSpeedKmPerMs(state.options.slowdown);
    expect(later.km[0]).toBeCloseTo(100 * speed, 9);
    expect(later.km[1]).toBeCloseTo((100 * speed) / 16, 9);

    const steady = countByFlow(createPacketState([fibre, slow], { targetPackets: 3400, seed: 3 }));
    // Same demand, 16 × the transit time: 16 × the packets in flight (within sampling noise).
    expect(steady[1]! / steady[0]!).toBeGreaterThan(12);
    expect(steady[1]! / steady[0]!).toBeLessThan(21);
  });
});
