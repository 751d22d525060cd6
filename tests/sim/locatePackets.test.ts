// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { locatePackets, packetLonLat } from '../../src/sim/locatePackets';
import { createPacketState } from '../../src/sim/packets';
import type { PacketState } from '../../src/sim/packets';

const flows = [
  { id: 'east', path: [[0, 0], [40, 0]] as [number, number][], tbps: 1, colour: '#1c7ed6' },
  { id: 'north', path: [[10, 0], [10, 40]] as [number, number][], tbps: 1, colour: '#e8590c' },
];

describe('locatePackets', () => {
  it('packetLonLat(state, i) places a forward packet km from the start and a reverse one km from the end', () => {
    const base = createPacketState(flows, { targetPackets: 10, prefill: false });
    const track = base.flows[0]!.track;
    const state: PacketState = { ...base, count: 2, flow: Uint32Array.of(0, 0), km: Float64Array.of(track.lengthKm / 4, track.lengthKm / 4), reverse: Uint8Array.of(0, 1) };
    expect(packetLonLat(state, 0)[0]).toBeCloseTo(10, 9);
    expect(packetLonLat(state, 1)[0]).toBeCloseTo(30, 9);
  });

  it('locatePackets(state) gives every packet its [lon, lat], its flow as colour group, the flow colours and the dropped alphas', () => {
    const base = createPacketState(flows, { targetPackets: 200, seed: 4 });
    const state: PacketState = { ...base, dropped: [{ lonLat: [5, 5], flowId: 'east', remainingMs: 300, fadeMs: 1200 }] };
    const located = locatePackets(state);
    expect(located.count).toBe(state.count);
    expect(located.colours).toEqual(['#1c7ed6', '#e8590c']);
    for (let i = 0; i < state.count; i++) {
      const p = packetLonLat(state, i);
      expect([located.lonLat[2 * i], located.lonLat[2 * i + 1]]).toEqual(p);
      expect(located.group[i]).toBe(state.flow[i]);
      // The east flow runs on the equator, the north flow on the 10th meridian.
      if (state.flow[i] === 0) expect(p[1]).toBeCloseTo(0, 9);
      else expect(p[0]).toBeCloseTo(10, 9);
    }
    expect(located.dropped).toEqual([{ lonLat: [5, 5], alpha: 0.25 }]);
  });

  it('locatePackets(state, previous) reuses the previous buffers when they are large enough', () => {
    const state = createPacketState(flows, { targetPackets: 200, seed: 4 });
    const first = locatePackets(state);
    const smaller = { ...state, count: state.count - 10 };
    const second = locatePackets(smaller, first);
    expect(second.lonLat).toBe(first.lonLat);
    expect(second.group).toBe(first.group);
    expect(second.count).toBe(state.count - 10);
  });
});

describe('packets coloured by the network that carries them', () => {
  it('a packet takes its stretch’s colour, forward or backward, and changes colour where the next network takes over', () => {
    // Two networks: the first from 0° to 20° east (points 0–1), the second from 20° to 40° (points 1–2).
    const networked = [{ id: 'east', path: [[0, 0], [20, 0], [40, 0]] as [number, number][], tbps: 1, colour: '#1c7ed6', stretches: [{ from: 0, colour: '#aa0000' }, { from: 1, colour: '#00aa00' }] }];
    const base = createPacketState(networked, { targetPackets: 10, prefill: false });
    const length = base.flows[0]!.track.lengthKm;
    const state: PacketState = { ...base, count: 4, flow: Uint32Array.of(0, 0, 0, 0), km: Float64Array.of(length * 0.25, length * 0.75, length * 0.25, length * 0.75), reverse: Uint8Array.of(0, 0, 1, 1) };
    const located = locatePackets(state);
    const colourOf = (i: number) => located.colours[located.group[i]!];
    expect([colourOf(0), colourOf(1)]).toEqual(['#aa0000', '#00aa00']);
    // Travelling back from the far end, a quarter of the way is on the second network's stretch.
    expect([colourOf(2), colourOf(3)]).toEqual(['#00aa00', '#aa0000']);
  });
});
