// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { LonLat } from '../../src/data/schema';
import { EARTH_RADIUS_KM } from '../../src/geo/landCrossing';
import { packetLonLat } from '../../src/sim/locatePackets';
import { createPacketState, stepPackets } from '../../src/sim/packets';
import type { PacketFlowInput, PacketState } from '../../src/sim/packets';
import { applyReroute } from '../../src/sim/reroute';

const KM_PER_DEG = (EARTH_RADIUS_KM * Math.PI) / 180;

// Old route A → B → C → D along the equator; the reroute leaves at B (detour north) and rejoins only at D.
const A: LonLat = [0, 0];
const B: LonLat = [20, 0];
const C: LonLat = [40, 0];
const D: LonLat = [60, 0];
const detourAtB: LonLat[] = [A, B, [40, 20], D];
// Another reroute that leaves at A and rejoins at C, sharing the last leg C → D.
const detourToC: LonLat[] = [A, [20, 20], C, D];

const main: PacketFlowInput = { id: 'main', path: [A, B, C, D], tbps: 2, colour: '#1c7ed6' };
const other: PacketFlowInput = { id: 'other', path: [[0, 10], [30, 10]], tbps: 1, colour: '#2f9e44' };

function packetsOf(state: PacketState, id: string): { km: number; reverse: number; at: LonLat }[] {
  const index = state.flows.findIndex((f) => f.id === id);
  const out: { km: number; reverse: number; at: LonLat }[] = [];
  for (let i = 0; i < state.count; i++) if (state.flow[i] === index) out.push({ km: state.km[i]!, reverse: state.reverse[i]!, at: packetLonLat(state, i) });
  return out;
}

const start = () => createPacketState([main, other], { targetPackets: 600, seed: 5 });

describe('applyReroute', () => {
  it('applyReroute(state, flows) keeps forward packets on the common start A → B at the same distance, now on the new path', () => {
    const state = start();
    const next = applyReroute(state, [{ ...main, path: detourAtB }, other]);
    const before = packetsOf(state, 'main').filter((p) => !p.reverse && p.km <= 20 * KM_PER_DEG);
    const after = packetsOf(next, 'main').filter((p) => !p.reverse);
    expect(before.length).toBeGreaterThan(10);
    expect(after.map((p) => p.km)).toEqual(before.map((p) => p.km));
    after.forEach((p, i) => {
      expect(p.at[0]).toBeCloseTo(before[i]!.at[0], 9);
      expect(p.at[1]).toBeCloseTo(before[i]!.at[1], 9);
    });
    expect(next.flows.find((f) => f.id === 'main')!.path).toBe(detourAtB);
  });

  it('applyReroute(state, flows) drops the packets past the divergence at B, where they were, fading from full', () => {
    const state = start();
    const past = packetsOf(state, 'main').filter((p) => (p.reverse ? true : p.km > 20 * KM_PER_DEG));
    const next = applyReroute(state, [{ ...main, path: detourAtB }, other]);
    // The detour shares only the point D at the end, so every reverse packet (already on C → D or beyond) is dropped too.
    expect(packetsOf(next, 'main').every((p) => !p.reverse)).toBe(true);
    expect(next.dropped).toHaveLength(past.length);
    expect(next.dropped.map((d) => d.lonLat)).toEqual(past.map((p) => p.at));
    expect(next.dropped.every((d) => d.flowId === 'main' && d.remainingMs === 1200 && d.fadeMs === 1200)).toBe(true);
  });

  it('applyReroute(state, flows) keeps reverse packets on the common end C → D and drops forward ones past A', () => {
    const state = start();
    const next = applyReroute(state, [{ ...main, path: detourToC }, other]);
    const kept = packetsOf(state, 'main').filter((p) => p.reverse && p.km <= 20 * KM_PER_DEG);
    expect(kept.length).toBeGreaterThan(5);
    expect(packetsOf(next, 'main').map((p) => [p.km, p.reverse])).toEqual(kept.map((p) => [p.km, 1]));
    expect(next.dropped).toHaveLength(packetsOf(state, 'main').length - kept.length);
  });

  it('applyReroute(state, flows) without a flow (stranded: no route left) drops all its packets and sends no more', () => {
    const state = start();
    const mainPackets = packetsOf(state, 'main');
    const next = applyReroute(state, [other]);
    expect(next.flows.map((f) => f.id)).toEqual(['other']);
    expect(next.dropped).toHaveLength(mainPackets.length);
    expect(next.count).toBe(state.count - mainPackets.length);
    expect(stepPackets(next, 500).flows.map((f) => f.id)).toEqual(['other']);
  });

  it('applyReroute(state, flows) leaves an unchanged flow untouched: same flow object, same packets in the same order', () => {
    const state = start();
    const next = applyReroute(state, [other, { ...main, path: detourAtB }]);
    expect(next.flows[0]).toBe(state.flows[1]);
    expect(packetsOf(next, 'other')).toEqual(packetsOf(state, 'other'));
    expect(next.nextSpawnMs[0]).toBe(state.nextSpawnMs[1]);
  });

  it('applyReroute(state, the same flows) returns the state itself', () => {
    const state = start();
    expect(applyReroute(state, [{ ...main }, { ...other, path: [...other.path] }])).toBe(state);
  });

  it('applyReroute(state, flows) with a new flow starts it empty, and stepPackets then sends its packets', () => {
    const state = start();
    const fresh: PacketFlowInput = { id: 'fresh', path: [[0, -10], [40, -10]], tbps: 2, colour: '#f08c00' };
    const next = applyReroute(state, [main, other, fresh]);
    expect(packetsOf(next, 'fresh')).toEqual([]);
    expect(next.dropped).toEqual([]);
    expect(packetsOf(stepPackets(next, 1000), 'fresh').length).toBeGreaterThan(10);
  });

  it('applyReroute then stepPackets: dropped packets fade out over dropFadeMs and then disappear', () => {
    const state = createPacketState([main, other], { targetPackets: 600, seed: 5, dropFadeMs: 800 });
    const cut = applyReroute(state, [other]);
    const n = cut.dropped.length;
    expect(n).toBeGreaterThan(0);
    const half = stepPackets(cut, 400);
    expect(half.dropped).toHaveLength(n);
    expect(half.dropped.every((d) => d.remainingMs === 400 && d.fadeMs === 800)).toBe(true);
    expect(stepPackets(half, 400).dropped).toEqual([]);
  });
});
