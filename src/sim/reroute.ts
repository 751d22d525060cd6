import type { LonLat } from '../data/schema';
import { packetLonLat } from './locatePackets';
import { createPacketFlow, nextGapMs, packetScale, spawnRatePerMs } from './packets';
import type { DroppedPacket, PacketFlow, PacketFlowInput, PacketState } from './packets';
import { createRandom } from './random';

/** What becomes of one old flow's packets. */
interface Fate {
  /** Index of the flow in the next state. */
  index: number;
  /** Whether the path is unchanged, so every packet carries on. */
  same: boolean;
  /** A forward packet carries on if it has gone no further than this (the common start of both paths), in km. */
  forwardKeepKm: number;
  /** A reverse packet carries on if it has gone no further than this (the common end of both paths), in km. */
  reverseKeepKm: number;
}

/**
 * The packets after the flows were rerouted (e.g. after a cable cut), pure:
 * - a flow whose path is unchanged keeps its flow object and all its packets, as they were;
 * - a flow whose path changed keeps the packets that have not yet reached the point where the
 *   old and new paths part (forward packets on the common start, reverse packets on the common
 *   end), at the same distance, now on the new path; the others are dropped;
 * - a flow missing from `nextFlows` (stranded: no route left) drops all its packets;
 * - a new flow starts sending packets (none are prefilled).
 * Dropped packets join `dropped` at the place they were, to fade out over `dropFadeMs`.
 * Packets keep their order; flows take the order of `nextFlows`. Returns `state` itself
 * when nothing changed. The packet scale stays the one fixed at creation, so the number
 * of packets in flight shows demand lost to a cut instead of being made up elsewhere.
 */
export function applyReroute(state: PacketState, nextFlows: readonly PacketFlowInput[]): PacketState {
  const oldIndex = new Map<string, number>();
  state.flows.forEach((f, i) => oldIndex.set(f.id, i));
  const fates: (Fate | undefined)[] = new Array(state.flows.length);
  const flows: PacketFlow[] = [];
  let unchanged = nextFlows.length === state.flows.length;
  for (const input of nextFlows) {
    const at = oldIndex.get(input.id);
    const old = at === undefined ? undefined : state.flows[at];
    let flow: PacketFlow;
    if (old && samePath(old.path, input.path) && old.transitMs === input.transitMs) {
      // The same track; new colours or stretches (another network on the same fibre) rebuild only the flow's record.
      flow = old.tbps === input.tbps && old.colour === input.colour && sameStretches(old.stretches, input.stretches) ? old : sameStretches(old.stretches, input.stretches) ? { ...old, tbps: input.tbps, colour: input.colour } : createPacketFlow(input);
      fates[at!] = { index: flows.length, same: true, forwardKeepKm: Infinity, reverseKeepKm: Infinity };
    } else {
      flow = createPacketFlow(input);
      if (old) fates[at!] = { index: flows.length, same: false, ...keptDistances(old, input.path) };
    }
    if (flow !== state.flows[flows.length]) unchanged = false;
    flows.push(flow);
  }
  if (unchanged) return state;

  const { dropFadeMs } = state.options;
  const dropped: DroppedPacket[] = [...state.dropped];
  const flowOut = new Uint32Array(state.count);
  const kmOut = new Float64Array(state.count);
  const reverseOut = new Uint8Array(state.count);
  let n = 0;
  for (let i = 0; i < state.count; i++) {
    const fate = fates[state.flow[i]!];
    const km = state.km[i]!;
    const reverse = state.reverse[i]!;
    if (fate && km <= (reverse ? fate.reverseKeepKm : fate.forwardKeepKm)) {
      flowOut[n] = fate.index;
      kmOut[n] = km;
      reverseOut[n] = reverse;
      n++;
    } else {
      const flowId = state.flows[state.flow[i]!]!.id;
      dropped.push({ lonLat: packetLonLat(state, i), flowId, remainingMs: dropFadeMs, fadeMs: dropFadeMs });
    }
  }

  const scale = state.tbpsMsPerPacket > 0 ? state.tbpsMsPerPacket : packetScale(flows, state.options);
  const random = createRandom(state.rng);
  const nextSpawnMs = new Float64Array(flows.length);
  flows.forEach((flow, i) => {
    const at = oldIndex.get(flow.id);
    // Flows that carry on keep their rhythm; a new one starts at a random phase of its first gap.
    nextSpawnMs[i] = at !== undefined ? state.nextSpawnMs[at]! : random.next() * nextGapMs(spawnRatePerMs(flow, scale), random);
  });

  return {
    ...state,
    flows,
    count: n,
    flow: flowOut.subarray(0, n),
    km: kmOut.subarray(0, n),
    reverse: reverseOut.subarray(0, n),
    nextSpawnMs,
    dropped,
    tbpsMsPerPacket: scale,
    rng: random.state,
  };
}

const EPSILON_DEG = 1e-9;

function samePoint(a: LonLat, b: LonLat): boolean {
  return Math.abs(a[0] - b[0]) <= EPSILON_DEG && Math.abs(a[1] - b[1]) <= EPSILON_DEG;
}

function samePath(a: readonly LonLat[], b: readonly LonLat[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!samePoint(a[i]!, b[i]!)) return false;
  return true;
}

/** Indices of the points of `path` that differ from the point before them (repeats collapsed). */
function distinctPoints(path: readonly LonLat[]): number[] {
  const kept: number[] = [];
  path.forEach((p, i) => {
    const last = kept[kept.length - 1];
    if (last === undefined || !samePoint(path[last]!, p)) kept.push(i);
  });
  return kept;
}

/** How far forward and reverse packets of `old` may have gone and still be on a stretch `next` shares. */
function keptDistances(old: PacketFlow, next: readonly LonLat[]): Pick<Fate, 'forwardKeepKm' | 'reverseKeepKm'> {
  const a = distinctPoints(old.path);
  const b = distinctPoints(next);
  if (a.length === 0 || b.length === 0) return { forwardKeepKm: -1, reverseKeepKm: -1 };
  let head = 0;
  while (head < a.length && head < b.length && samePoint(old.path[a[head]!]!, next[b[head]!]!)) head++;
  let tail = 0;
  while (tail < a.length && tail < b.length && samePoint(old.path[a[a.length - 1 - tail]!]!, next[b[b.length - 1 - tail]!]!)) tail++;
  const at = old.track.vertexKm;
  return {
    // No shared first point: only packets not yet moved away from the start could carry on, and none can be kept.
    forwardKeepKm: head > 0 ? at[a[head - 1]!]! : -1,
    reverseKeepKm: tail > 0 ? old.track.lengthKm - at[a[a.length - tail]!]! : -1,
  };
}

function sameStretches(a: PacketFlowInput['stretches'], b: PacketFlowInput['stretches']): boolean {
  if (!a || !b) return a === b;
  return a.length === b.length && a.every((s, i) => s.from === b[i]!.from && s.colour === b[i]!.colour);
}
