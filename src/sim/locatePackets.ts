import type { LonLat } from '../data/schema';
import type { PacketState } from './packets';

/** Packets as positions and colours, ready for `drawPackets`. */
export interface PacketPositions {
  /** Number of packets located. */
  count: number;
  /** Packet i is at [lonLat[2i], lonLat[2i + 1]]. */
  lonLat: Float64Array;
  /** Colour group of each packet: its flow's, or, for a flow with stretches, the stretch it is on. */
  group: Uint32Array;
  /** Colour of each group. */
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

/** The colour groups of a state's flows: each flow's own colour, then one per stretch where it has stretches. */
interface ColourGroups {
  colours: readonly string[];
  /** The group of flow f's own colour; its stretch k is group base[f] + 1 + k. */
  base: Uint32Array;
}

const colourCache = new WeakMap<PacketState['flows'], ColourGroups>();

function colourGroups(flows: PacketState['flows']): ColourGroups {
  let groups = colourCache.get(flows);
  if (!groups) {
    const colours: string[] = [];
    const base = new Uint32Array(flows.length);
    flows.forEach((f, i) => {
      base[i] = colours.length;
      colours.push(f.colour, ...(f.stretches ?? []).map((s) => s.colour));
    });
    groups = { colours, base };
    colourCache.set(flows, groups);
  }
  return groups;
}

/** The stretch that `km` from the start lies on: the last one starting at or before it (binary search). */
function stretchAt(stretchKm: Float64Array, km: number): number {
  let lo = 0;
  let hi = stretchKm.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (stretchKm[mid]! <= km) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

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
  const { colours, base } = colourGroups(flows);
  for (let i = 0; i < count; i++) {
    const f = flow[i]!;
    const { track, stretchKm } = flows[f]!;
    const along = reverse[i] ? track.lengthKm - km[i]! : km[i]!;
    track.writePointAt(along, lonLat, 2 * i);
    group[i] = stretchKm.length ? base[f]! + 1 + stretchAt(stretchKm, along) : base[f]!;
  }
  const dropped = state.dropped.map((d) => ({ lonLat: d.lonLat, alpha: d.remainingMs / d.fadeMs }));
  return { count, lonLat, group, colours, dropped };
}
