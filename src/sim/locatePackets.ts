import type { LonLat } from '../data/schema';
import type { PacketState } from './packets';

/** Packets as positions and colours, ready for `drawPackets`. */
export interface PacketPositions {
  /** Number of packets located. */
  count: number;
  /** Packet i is at [lonLat[2i], lonLat[2i + 1]]. */
  lonLat: Float64Array;
  /** Colour group of each packet: the index of its flow. */
  group: Uint32Array;
  /** Colour of each group: its flow's colour. */
  colours: readonly string[];
  /** Dropped packets still fading, with their opacity in (0, 1]. */
  dropped: readonly { lonLat: LonLat; alpha: number }[];
}

/** Where packet i is: its distance from its starting end, turned into a point along its flow's track. */
export function packetLonLat(state: PacketState, i: number): LonLat {
  const flow = state.flows[state.flow[i]!]!;
  const km = state.km[i]!;
  return flow.track.pointAt(state.reverse[i] ? flow.track.lengthKm - km : km);
}

const colourCache = new WeakMap<PacketState['flows'], readonly string[]>();

/**
 * Every packet's [lon, lat] and colour group. Pass the previous result as
 * `into` to reuse its buffers when they are large enough: they are then
 * overwritten, so only do so when nothing else still reads them.
 */
export function locatePackets(state: PacketState, into?: PacketPositions): PacketPositions {
  const { count } = state;
  const lonLat = into && into.lonLat.length >= 2 * count ? into.lonLat : new Float64Array(2 * Math.ceil(count * 1.25));
  const group = into && into.group.length >= count ? into.group : new Uint32Array(lonLat.length / 2);
  const { flows, flow, km, reverse } = state;
  for (let i = 0; i < count; i++) {
    const f = flow[i]!;
    const track = flows[f]!.track;
    track.writePointAt(reverse[i] ? track.lengthKm - km[i]! : km[i]!, lonLat, 2 * i);
    group[i] = f;
  }
  let colours = colourCache.get(state.flows);
  if (!colours) {
    colours = state.flows.map((f) => f.colour);
    colourCache.set(state.flows, colours);
  }
  const dropped = state.dropped.map((d) => ({ lonLat: d.lonLat, alpha: d.remainingMs / d.fadeMs }));
  return { count, lonLat, group, colours, dropped };
}
