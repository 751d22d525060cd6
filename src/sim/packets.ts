import type { LonLat } from '../data/schema';
import { createRouteTrack } from '../geo/routeTrack';
import type { RouteTrack } from '../geo/routeTrack';
import { FIBRE_KM_PER_MS } from '../model/latency';
import { createRandom } from './random';
import type { Random } from './random';

/**
 * Packets in flight along the routes of the top flows, as plain data and a pure
 * step: `stepPackets(state, dt)` returns the next state and never writes to the
 * one it is given, so the same state and dt always give the same result. All
 * randomness comes from a mulberry32 PRNG whose state travels in `state.rng`.
 *
 * Packets are stored column by column in typed arrays (packet i is `flow[i]`,
 * `km[i]`, `reverse[i]`), so 5,000 of them step in a few tens of microseconds.
 * Treat those arrays as read-only: they may be shared between successive states.
 */

/** A flow whose packets are animated. */
export interface PacketFlowInput {
  /** Stable id: the same flow keeps its id across reroutes. */
  id: string;
  /** Route from source to destination, as [lon, lat] points joined by great-circle legs. */
  path: readonly LonLat[];
  /** Demand carried, in Tbps: packets are sent at a rate proportional to it. */
  tbps: number;
  /** CSS colour its packets are painted in. */
  colour: string;
  /**
   * To paint packets by the network carrying them instead: each stretch of `path` from point index `from`
   * on, with its colour, in order. Packets change colour where one network hands over to the next.
   */
  stretches?: readonly { from: number; colour: string }[];
  /**
   * One-way time to cross the path at real speed, in ms. Default: its length at the speed of light in fibre.
   * A satellite hop's is its physics (up to the satellite and down again), so its packets crawl.
   */
  transitMs?: number;
}

/** A flow with its route track, as held in the state. */
export interface PacketFlow extends PacketFlowInput {
  /** Positions along `path`. */
  track: RouteTrack;
  /** How fast its packets move against light in fibre: 1 on fibre, below 1 where `transitMs` is longer than fibre's. */
  pace: number;
  /** Where each of `stretches` begins, in km from the start of the track (empty without stretches). */
  stretchKm: Float64Array;
}

/** How packets are animated; every field has a default. */
export interface PacketOptions {
  /** About how many packets are in flight over all flows once the animation is steady. Default 2000. */
  targetPackets?: number;
  /** The animation runs this many times slower than light in fibre. Default 100. */
  slowdown?: number;
  /** Seed of the PRNG: the same seed, flows and steps give the same packets. Default 1. */
  seed?: number;
  /** Share of each flow's packets that run from the end of its path back to the start. Default 0.5. */
  reverseShare?: number;
  /** Start with every flow already carrying its steady-state packets (true) or empty (false). Default true. */
  prefill?: boolean;
  /** How long a dropped packet takes to fade out, in animation ms. Default 1200. */
  dropFadeMs?: number;
}

/** A packet dropped by a reroute, fading out where it was. */
export interface DroppedPacket {
  /** Where the packet was when its route went away. */
  lonLat: LonLat;
  /** Id of the flow it belonged to. */
  flowId: string;
  /** Animation time left before it has faded out, in ms. */
  remainingMs: number;
  /** Its whole fade time, in ms: its opacity is remainingMs / fadeMs. */
  fadeMs: number;
}

/** Everything the animation needs between frames. */
export interface PacketState {
  /** The flows, in the order given; packets refer to them by index. */
  flows: readonly PacketFlow[];
  /** Number of packets in flight (the length of the three packet arrays). */
  count: number;
  /** Index into `flows` of each packet's flow. */
  flow: Uint32Array;
  /** Distance each packet has travelled from the end it started at, in km. */
  km: Float64Array;
  /** 1 for a packet running from the end of its path back to the start, 0 for one running forward. */
  reverse: Uint8Array;
  /** Animation ms until each flow (by index) sends its next packet. */
  nextSpawnMs: Float64Array;
  /** Packets dropped by reroutes that are still fading out. */
  dropped: readonly DroppedPacket[];
  /** Tbps × ms of demand one packet stands for; fixed when the state is created, so stranded flows show as fewer packets. */
  tbpsMsPerPacket: number;
  /** State of the mulberry32 PRNG. */
  rng: number;
  /** The options, with defaults filled in. */
  options: Readonly<Required<PacketOptions>>;
}

/** The defaults of PacketOptions, in one place. */
const DEFAULT_PACKET_OPTIONS: Readonly<Required<PacketOptions>> = {
  targetPackets: 2000,
  slowdown: 100,
  seed: 1,
  reverseShare: 0.5,
  prefill: true,
  dropFadeMs: 1200,
};

/** Packet speed in km per animation ms: light in fibre, slowed down `slowdown` times. */
export function packetSpeedKmPerMs(slowdown: number): number {
  return FIBRE_KM_PER_MS / slowdown;
}

/** A flow ready for the state: its route track is built once here. A flow with an empty path gets a track of no length and carries no packets. */
export function createPacketFlow(input: PacketFlowInput): PacketFlow {
  const track = input.path.length > 0 ? createRouteTrack(input.path) : createRouteTrack([[0, 0]]);
  const stretchKm = Float64Array.from(input.stretches ?? [], (s) => track.vertexKm[Math.min(s.from, track.vertexKm.length - 1)] ?? 0);
  const fibreMs = track.lengthKm / FIBRE_KM_PER_MS;
  const pace = input.transitMs !== undefined && input.transitMs > 0 && fibreMs > 0 ? fibreMs / input.transitMs : 1;
  return {
    id: input.id,
    path: input.path,
    tbps: input.tbps,
    colour: input.colour,
    ...(input.stretches ? { stretches: input.stretches } : {}),
    ...(input.transitMs !== undefined ? { transitMs: input.transitMs } : {}),
    track,
    stretchKm,
    pace,
  };
}

/**
 * Tbps × ms per packet such that, at steady state, Σ packets in flight = target.
 * Flow f sends rate_f = tbps_f / scale packets per ms for transit_f ms, so it holds
 * tbps_f × transit_f / scale packets: in proportion to its demand times its route's
 * transit time (its bandwidth-delay product), and summing to `targetPackets`.
 */
export function packetScale(flows: readonly PacketFlow[], options: Readonly<Required<PacketOptions>>): number {
  const speed = packetSpeedKmPerMs(options.slowdown);
  let tbpsMs = 0;
  for (const f of flows) tbpsMs += Math.max(0, f.tbps) * (f.track.lengthKm / (speed * f.pace));
  return options.targetPackets > 0 ? tbpsMs / options.targetPackets : 0;
}

/** Packets per animation ms that a flow sends. */
export function spawnRatePerMs(flow: PacketFlow, tbpsMsPerPacket: number): number {
  return tbpsMsPerPacket > 0 && flow.track.lengthKm > 0 && flow.tbps > 0 ? flow.tbps / tbpsMsPerPacket : 0;
}

/** Time from one packet of a flow to the next: jittered between 0.5 and 1.5 mean gaps, so streams do not march in step. */
export function nextGapMs(rate: number, random: Random): number {
  return rate > 0 ? (0.5 + random.next()) / rate : Infinity;
}

/** The packet animation at its start: flows with their tracks and, unless `prefill` is false, their steady-state packets. */
export function createPacketState(flows: readonly PacketFlowInput[], options: PacketOptions = {}): PacketState {
  const given = Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
  const resolved: Required<PacketOptions> = { ...DEFAULT_PACKET_OPTIONS, ...given };
  if (!(resolved.slowdown > 0 && Number.isFinite(resolved.slowdown))) throw new RangeError(`slowdown must be a positive number, not ${resolved.slowdown}`);
  const tracked = flows.map(createPacketFlow);
  const scale = packetScale(tracked, resolved);
  const speed = packetSpeedKmPerMs(resolved.slowdown);
  const random = createRandom(resolved.seed);
  const nextSpawnMs = new Float64Array(tracked.length);
  const flow: number[] = [];
  const km: number[] = [];
  const reverse: number[] = [];
  tracked.forEach((f, index) => {
    const rate = spawnRatePerMs(f, scale);
    nextSpawnMs[index] = rate > 0 ? random.next() / rate : Infinity;
    if (!resolved.prefill || rate === 0) return;
    const expected = (rate * f.track.lengthKm) / (speed * f.pace);
    const n = Math.floor(expected) + (random.next() < expected % 1 ? 1 : 0);
    for (let i = 0; i < n; i++) {
      flow.push(index);
      km.push(random.next() * f.track.lengthKm);
      reverse.push(random.next() < resolved.reverseShare ? 1 : 0);
    }
  });
  return {
    flows: tracked,
    count: km.length,
    flow: Uint32Array.from(flow),
    km: Float64Array.from(km),
    reverse: Uint8Array.from(reverse),
    nextSpawnMs,
    dropped: [],
    tbpsMsPerPacket: scale,
    rng: random.state,
    options: resolved,
  };
}

/**
 * The state `dtMs` of animation time later: every packet moves
 * FIBRE_KM_PER_MS × pace / slowdown km per ms along its flow's track (pace: 1 on fibre); packets that
 * reach their end are removed; each flow sends new packets at its rate, each
 * placed as far along as it would have got since the moment it was sent within
 * the step; dropped packets fade by dtMs and vanish when faded. Pure: the input
 * state is not written to. A dt of zero or less (or NaN) returns the state as is.
 */
export function stepPackets(state: PacketState, dtMs: number): PacketState {
  if (!(dtMs > 0)) return state;
  const { flows, count, options } = state;
  const speed = packetSpeedKmPerMs(options.slowdown);
  const random = createRandom(state.rng);

  // New packets, flow by flow: a packet sent `t` ms into the step has travelled (dt − t) × speed by its end.
  const nextSpawnMs = new Float64Array(state.nextSpawnMs);
  const bornFlow: number[] = [];
  const bornKm: number[] = [];
  const bornReverse: number[] = [];
  for (let f = 0; f < flows.length; f++) {
    let t = nextSpawnMs[f]!;
    if (t >= dtMs) {
      nextSpawnMs[f] = t - dtMs;
      continue;
    }
    const flow = flows[f]!;
    const rate = spawnRatePerMs(flow, state.tbpsMsPerPacket);
    if (rate === 0) {
      nextSpawnMs[f] = Infinity;
      continue;
    }
    const lengthKm = flow.track.lengthKm;
    const flowSpeed = speed * flow.pace;
    while (t < dtMs) {
      const travelled = (dtMs - t) * flowSpeed;
      const reverse = random.next() < options.reverseShare ? 1 : 0;
      if (travelled < lengthKm) {
        bornFlow.push(f);
        bornKm.push(travelled);
        bornReverse.push(reverse);
      }
      t += nextGapMs(rate, random);
    }
    nextSpawnMs[f] = t - dtMs;
  }

  // Packets in flight move on; those at their end leave. Survivors keep their order, newcomers follow.
  const advance = dtMs * speed;
  const capacity = count + bornKm.length;
  const flow = new Uint32Array(capacity);
  const km = new Float64Array(capacity);
  const reverse = new Uint8Array(capacity);
  const { lengths, paces } = trackLengths(flows);
  let n = 0;
  for (let i = 0; i < count; i++) {
    const f = state.flow[i]!;
    const at = state.km[i]! + advance * paces[f]!;
    if (at >= lengths[f]!) continue;
    flow[n] = f;
    km[n] = at;
    reverse[n] = state.reverse[i]!;
    n++;
  }
  for (let j = 0; j < bornKm.length; j++, n++) {
    flow[n] = bornFlow[j]!;
    km[n] = bornKm[j]!;
    reverse[n] = bornReverse[j]!;
  }

  return {
    ...state,
    count: n,
    flow: n === capacity ? flow : flow.subarray(0, n),
    km: n === capacity ? km : km.subarray(0, n),
    reverse: n === capacity ? reverse : reverse.subarray(0, n),
    nextSpawnMs,
    dropped: fadeDropped(state.dropped, dtMs),
    rng: random.state,
  };
}

/** Dropped packets `dtMs` later, without the ones that have faded out. */
function fadeDropped(dropped: readonly DroppedPacket[], dtMs: number): readonly DroppedPacket[] {
  if (dropped.length === 0) return dropped;
  const next: DroppedPacket[] = [];
  for (const d of dropped) if (d.remainingMs > dtMs) next.push({ ...d, remainingMs: d.remainingMs - dtMs });
  return next;
}

const lengthCache = new WeakMap<readonly PacketFlow[], { lengths: Float64Array; paces: Float64Array }>();

/** Each flow's track length and pace, by index, cached per flows array (flows arrays are never mutated). */
function trackLengths(flows: readonly PacketFlow[]): { lengths: Float64Array; paces: Float64Array } {
  let known = lengthCache.get(flows);
  if (!known) {
    known = { lengths: Float64Array.from(flows, (f) => f.track.lengthKm), paces: Float64Array.from(flows, (f) => f.pace) };
    lengthCache.set(flows, known);
  }
  return known;
}
