import { applyAssignment, assignFlows, parallelPaths, placementOrder, survivingParallels, PathFinder } from './assignment';
import type { FlowAssignment, ParallelPath } from './assignment';
import { routeFlows } from './baseline';
import type { Baseline } from './baseline';
import { patchedCongestedEdges } from './capacity';
import type { EdgeLoad } from './capacity';
import { countryImpacts } from './countryImpact';
import type { CountryImpact } from './countryImpact';
import { isolatedCountries, partsUnchanged } from './countries';
import { resolveCut } from './cuts';
import { crossesAny, sameEdges } from './indexLists';
import type { CutMask, CutSet } from './cuts';
import type { Flow } from './demand';
import { flowFootprint, sameAsPath } from './flowRoutes';
import type { CountryCode } from './ids';
import { PolicyRouter } from './policyRouting';
import type { Route } from './routing';
import { satelliteFallbacks } from './satellite';
import type { SatelliteFallback } from './satellite';

export interface ReroutedFlow {
  flow: Flow;
  before: Route;
  after: Route;
  /** after.rttMs − before.rttMs; can be negative when a congested flow's route is also a shorter one. */
  rttIncreaseMs: number;
  /**
   * How BGP failed over: `internal` when the same networks still carry it (one of them rerouted
   * inside its own footprint), `as-path` when a network withdrew the route and another path of networks took over.
   */
  failover: 'internal' | 'as-path';
}

export interface StrandedFlow {
  flow: Flow;
  before: Route;
}

export interface Impact {
  mask: CutMask;
  /** The route of every flow after the cut, by flow index (untouched flows keep their baseline Route object). */
  routes: readonly (Route | null)[];
  /** Where every flow's volume is placed after the cut, by flow index. */
  assignment: readonly FlowAssignment[];
  /** Tbit/s per edge after the cut. */
  load: Float64Array;
  rerouted: readonly ReroutedFlow[];
  stranded: readonly StrandedFlow[];
  /**
   * Flows whose route survives but part of whose volume was placed on what is cut (a parallel path of their networks):
   * that part is placed again on their other paths.
   */
  replaced: number;
  /** Countries newly cut off from the rest of the world, sorted: isolated from fibre, whether or not a satellite still serves them. */
  isolated: readonly CountryCode[];
  /** The isolated countries that fall back to a satellite path, in the order of `isolated` (satellite.ts). */
  onSatellite: readonly SatelliteFallback[];
  /** Countries still connected and affected, the most severe first (see countryImpact.ts). */
  degraded: readonly CountryImpact[];
  /** Edges over capacity after the cut (including any congested at baseline), the worst first. */
  congested: readonly EdgeLoad[];
  /** The congested edges whose load the cut raised: pushed over capacity, or further over it. */
  worsened: readonly EdgeLoad[];
}

/**
 * The impact of a cut set against the baseline, recomputing only what the cut
 * touches (docs/MODEL.md, "A cut"). Flows whose route crosses a dead edge or
 * node are routed again by BGP policy: each network first reroutes inside its
 * own footprint; where it cannot, the route is withdrawn and its neighbours
 * choose again. A flow whose route survives keeps it (taking edges away never
 * makes another route better). Every flow placed across a dead edge is taken
 * off and placed again, largest first, on the room the others leave.
 */
export function applyCuts(baseline: Baseline, cut: CutSet | CutMask): Impact {
  const { graph, demand } = baseline;
  const mask = 'dead' in cut ? cut : resolveCut(graph, cut);

  const touched = new Set<number>();
  for (const e of mask.deadEdges) for (const f of baseline.flowsByEdge[e]!) touched.add(f);
  const affected = [...touched].sort((a, b) => a - b);

  const load = baseline.load.slice();
  // Only the edges of the flows taken off and placed again carry another load: the congested list, the shares and
  // the clearing of rounding residue to zero are worked out on those alone (and on the few the baseline left below it).
  const isChanged = new Uint8Array(load.length);
  const changed: number[] = [];
  const mark = (edges: readonly number[]) => {
    for (const e of edges) {
      if (isChanged[e]) continue;
      isChanged[e] = 1;
      changed.push(e);
    }
  };
  const markChanged = (a: FlowAssignment) => {
    for (const p of a.paths) mark(p.edges);
    if (a.overflowTbps > 0) mark(a.overflowEdges);
  };
  const cutsNodes = mask.deadNodes.includes(1);
  const broken = affected.filter((f) => {
    const route = baseline.routes[f];
    return !!route && (crossesAny(route.edges, mask.dead) || (cutsNodes && crossesAny(route.nodes, mask.deadNodes)));
  });
  // Most cuts of an N-1 ranking break no route (a cable most flows do not cross): no router is made for them.
  let router: PolicyRouter | undefined;
  const routerFor = () => (router ??= new PolicyRouter(graph, baseline.layer, mask, baseline.router));
  const fresh = broken.length ? routeFlows(routerFor(), demand.flows, broken) : new Map<number, Route | null>();
  for (const f of affected) if (!fresh.has(f)) fresh.set(f, baseline.routes[f] ?? null);
  // A flow whose route crosses the cut but whose volume was placed on paths that survive, carried by the same networks
  // as before, keeps its placement: its traffic was not on what broke (docs/MODEL.md, section 6). Placing it again
  // put its volume on its new route, at times far slower than where it ran (Seychelles, Red Sea 2024: +101 ms).
  const keeps = (f: number) => {
    const before = baseline.routes[f];
    const after = fresh.get(f);
    const a = baseline.assignment[f]!;
    return !!before && !!after && sameAsPath(before, after) && !a.paths.some((p) => crossesAny(p.edges, mask.dead)) && !(a.overflowTbps > 0 && crossesAny(a.overflowEdges, mask.dead));
  };
  const replaced = affected.filter((f) => !keeps(f));
  for (const f of replaced) {
    applyAssignment(load, baseline.assignment[f]!, -1);
    markChanged(baseline.assignment[f]!);
  }
  clearResidue(load, changed);
  clearResidue(load, residueAtBaseline(baseline));

  const finder = PathFinder.of(graph);
  const footprints = new Map<number, Uint8Array | undefined>();
  const candidates = new Map<number, ParallelPath[] | null>();
  for (const f of replaced) {
    const route = fresh.get(f) ?? null;
    const before = baseline.routes[f];
    if (!route) {
      candidates.set(f, null);
      continue;
    }
    if (before && route !== before && !sameAsPath(before, route)) {
      // Other networks carry it now: its corridor is theirs.
      const footprint = flowFootprint(routerFor(), route);
      footprints.set(f, footprint);
      candidates.set(f, parallelPaths(graph, route, mask, finder, footprint, baseline.parallels[f]!.length > 1));
    } else {
      footprints.set(f, baseline.footprints[f]);
      candidates.set(f, survivingParallels(graph, baseline.parallels[f]!, route, mask));
    }
  }
  const placed = assignFlows(
    graph,
    demand.flows,
    (f) => candidates.get(f) ?? null,
    (f) => fresh.get(f) ?? null,
    mask,
    placementOrder(demand.flows, replaced),
    load,
    finder,
    (f) => footprints.get(f),
    'headroom',
    (f) => baseline.assignment[f]!.unplacedTbps,
  );
  for (const f of replaced) markChanged(placed.get(f)!);
  // In the graph's order, as a loop over every edge would visit them: sums over the flows they carry then add up alike.
  changed.sort((a, b) => a - b);
  clearResidue(load, changed);

  const newRoutes = new Map<number, Route | null>();
  const rerouted: ReroutedFlow[] = [];
  const stranded: StrandedFlow[] = [];
  // What each flow whose route survives had placed on what is cut: it now runs on the flow's other paths.
  const moved = new Map<number, number>();
  for (const f of affected) {
    const flow = demand.flows[f]!;
    const before = baseline.routes[f]!;
    const after = fresh.get(f) ?? null;
    if (!before) continue;
    if (!after) {
      newRoutes.set(f, null);
      stranded.push({ flow, before });
    } else if (!sameEdges(before.edges, after.edges)) {
      newRoutes.set(f, after);
      rerouted.push({ flow, before, after, rttIncreaseMs: after.rttMs - before.rttMs, failover: sameAsPath(before, after) ? 'internal' : 'as-path' });
    } else {
      let tbps = 0;
      for (const p of baseline.assignment[f]!.paths) if (crossesAny(p.edges, mask.dead)) tbps += p.tbps;
      moved.set(f, tbps);
    }
  }

  const congested = patchedCongestedEdges(graph, baseline.congested, load, changed, isChanged, graph.capacity);
  const worsened = congested.filter((c) => load[graph.edgeIndex.get(c.edge)!]! > baseline.load[graph.edgeIndex.get(c.edge)!]! + 1e-9);
  const wasIsolated = new Set(baseline.isolated);
  const isolated = (affected.length || mask.deadEdges.length) && !partsUnchanged(graph, mask) ? isolatedCountries(graph, mask).filter((c) => !wasIsolated.has(c)) : [];
  const assignmentOf = (f: number) => placed.get(f) ?? baseline.assignment[f]!;
  const degraded = countryImpacts(baseline, {
    mask,
    affected,
    reroutedFlows: rerouted,
    assignmentOf,
    load,
    changedEdges: changed,
    stranded,
    skip: new Set([...isolated, ...wasIsolated]),
    moved,
  });
  // Nothing returned holds the router's trees (routes are lists of edges): their arrays serve the next cut.
  router?.recycle();
  // Whole arrays of routes and placements are copied only for a caller that reads them: an N-1 ranking never does.
  let routes: (Route | null)[] | undefined;
  let assignment: FlowAssignment[] | undefined;
  return {
    mask,
    get routes() {
      if (!routes) {
        routes = baseline.routes.slice();
        for (const [f, route] of newRoutes) routes[f] = route;
      }
      return routes;
    },
    get assignment() {
      if (!assignment) {
        assignment = baseline.assignment.slice();
        for (const f of replaced) assignment[f] = placed.get(f)!;
      }
      return assignment;
    },
    load,
    rerouted,
    stranded,
    replaced: moved.size,
    isolated,
    onSatellite: satelliteFallbacks(baseline, isolated),
    degraded,
    congested,
    worsened,
  };
}

/** Sets to zero the loads of `edges` that are rounding residue (below 1e-9 Tbit/s either way). */
function clearResidue(load: Float64Array, edges: readonly number[]): void {
  for (const e of edges) if (Math.abs(load[e]!) < 1e-9) load[e] = 0;
}

const residues = new WeakMap<Baseline, number[]>();

/** The edges whose load at baseline is residue but not zero: a cut's load clears them too, as a pass over every edge would. */
function residueAtBaseline(baseline: Baseline): number[] {
  let edges = residues.get(baseline);
  if (!edges) {
    edges = [];
    for (let e = 0; e < baseline.load.length; e++) if (baseline.load[e] !== 0 && Math.abs(baseline.load[e]!) < 1e-9) edges.push(e);
    residues.set(baseline, edges);
  }
  return edges;
}
