import type { Cable, LonLat, Metro } from '../data/schema';
import type { CutSet } from './cuts';
import { distanceToRouteKm } from './geometry';
import type { Incident } from '../data/schema';
import type { Graph } from './graph';
import type { CableId, LandingId } from './ids';
import { findByName, nearestNames } from './names';
import type { Named } from './names';

/**
 * Cuts as people write them (`--cut "SEA-ME-WE 5"`, `--cut marea@-30,45`,
 * `--cut-region 32.5,30,100`), resolved against one graph into a CutSet of ids.
 */
export type CutRequest =
  | { kind: 'cable'; query: string; at?: LonLat }
  | { kind: 'region'; at: LonLat; km: number }
  | { kind: 'link'; query: string }
  | { kind: 'metro'; query: string }
  | { kind: 'landing'; query: string };

export type Resolution<T> = { ok: true; value: T } | { ok: false; error: string };

/** "LON,LAT" → [lon, lat], or undefined unless both are numbers within range. */
function parseLonLat(text: string): LonLat | undefined {
  const parts = text.split(',').map((s) => s.trim());
  if (parts.length !== 2 || parts.some((p) => p === '')) return undefined;
  const [lon, lat] = parts.map(Number) as [number, number];
  return Number.isFinite(lon) && Number.isFinite(lat) && Math.abs(lon) <= 180 && Math.abs(lat) <= 90 ? [lon, lat] : undefined;
}

/** `NAME` or `NAME@LON,LAT`. */
export function parseCableCut(text: string): Resolution<CutRequest> {
  const atSign = text.lastIndexOf('@');
  const query = (atSign < 0 ? text : text.slice(0, atSign)).trim();
  if (!query) return { ok: false, error: `--cut needs a cable id or name, got "${text}"` };
  if (atSign < 0) return { ok: true, value: { kind: 'cable', query } };
  const at = parseLonLat(text.slice(atSign + 1));
  if (!at) return { ok: false, error: `--cut ${text}: the point after @ must be LON,LAT in degrees (e.g. marea@-30,45)` };
  return { ok: true, value: { kind: 'cable', query, at } };
}

/** `LON,LAT,KM`. */
export function parseRegionCut(text: string): Resolution<CutRequest> {
  const parts = text.split(',');
  const at = parseLonLat(parts.slice(0, 2).join(','));
  const km = Number(parts[2]);
  if (parts.length !== 3 || !at || !Number.isFinite(km) || km <= 0) {
    return { ok: false, error: `--cut-region ${text}: expected LON,LAT,KM with a radius above 0 (e.g. 32.5,30,100)` };
  }
  return { ok: true, value: { kind: 'region', at, km } };
}

function unknown(kind: string, query: string, records: Iterable<Named>): string {
  return `unknown ${kind} "${query}"; nearest: ${nearestNames(records, query).join(', ')}`;
}

/** A cable by id, name or alias, which must be in service in the graph's year. */
export function resolveCable(graph: Graph, query: string): Resolution<Cable> {
  const cable = findByName(graph.backbone.cables.values(), query);
  if (!cable) return { ok: false, error: unknown('cable', query, graph.backbone.cables.values()) };
  if (!graph.cables.has(cable.id as CableId)) {
    const when = cable.rfs > graph.year ? `its RFS year is ${cable.rfs}` : cable.retired !== undefined && cable.retired <= graph.year ? `it was retired in ${cable.retired}` : `its service date is ${cable.rfsDate}`;
    return { ok: false, error: `cable "${cable.name}" is not part of the network ${graph.day ? `on ${graph.day}` : `in ${graph.year}`}: ${when}` };
  }
  return { ok: true, value: cable };
}

function resolveMetro(graph: Graph, query: string): Resolution<Metro> {
  const metro = findByName(graph.backbone.metros.values(), query);
  return metro ? { ok: true, value: metro } : { ok: false, error: unknown('metro', query, graph.backbone.metros.values()) };
}

function linkRecords(graph: Graph): Named[] {
  return graph.backbone.dataset.terrestrialLinks.map((l) => ({ id: l.id, name: l.name ?? `${l.from} – ${l.to}` }));
}

/** Every request resolved, or every error found (nothing half-resolved). */
export function resolveCutRequests(graph: Graph, requests: readonly CutRequest[]): { ok: true; cut: CutSet; lines: string[] } | { ok: false; errors: string[] } {
  const cables = new Set<string>();
  const edges = new Set<string>();
  const links = new Set<string>();
  const metros = new Set<string>();
  const landings = new Set<string>();
  const lines: string[] = [];
  const errors: string[] = [];
  for (const r of requests) {
    if (r.kind === 'cable') {
      const found = resolveCable(graph, r.query);
      if (!found.ok) {
        errors.push(found.error);
        continue;
      }
      const cable = found.value;
      if (!r.at) {
        cables.add(cable.id);
        lines.push(`cable ${cable.name} (all ${cable.segments.length} segment${cable.segments.length === 1 ? '' : 's'})`);
        continue;
      }
      let best = -1;
      let bestKm = Infinity;
      for (const e of graph.edgesByCable.get(cable.id as CableId) ?? []) {
        const km = distanceToRouteKm(r.at, graph.edges[e]!.route);
        // On a tie (segments meeting at the landing nearest the point) the lowest segment wins,
        // as in the explorer's nearestRoute: the graph's edge order is not the cable's segment order.
        const earlier = km === bestKm && (graph.edges[e]!.segment ?? 0) < (graph.edges[best]!.segment ?? 0);
        if (km < bestKm || earlier) [best, bestKm] = [e, km];
      }
      const edge = graph.edges[best]!;
      edges.add(edge.id);
      lines.push(`segment ${edge.name}, ${Math.round(bestKm)} km from ${r.at.join(',')}`);
    } else if (r.kind === 'region') {
      const hit = graph.edges.filter((e) => (e.kind === 'segment' || e.kind === 'terrestrial') && distanceToRouteKm(r.at, e.route) <= r.km);
      if (hit.length === 0) errors.push(`--cut-region ${r.at.join(',')},${r.km}: no cable segment or terrestrial link passes within ${r.km} km`);
      for (const e of hit) edges.add(e.id);
      if (hit.length) lines.push(`region within ${r.km} km of ${r.at.join(',')}: ${hit.map((e) => e.name).join('; ')}`);
    } else if (r.kind === 'link') {
      const link = findByName(linkRecords(graph), r.query);
      if (!link) errors.push(unknown('terrestrial link', r.query, linkRecords(graph)));
      else {
        links.add(link.id);
        lines.push(`terrestrial link ${link.name}`);
      }
    } else if (r.kind === 'metro') {
      const metro = resolveMetro(graph, r.query);
      if (!metro.ok) errors.push(metro.error);
      else {
        metros.add(metro.value.id);
        lines.push(`metro ${metro.value.name}`);
      }
    } else {
      const lp = findByName(graph.backbone.landingPoints.values(), r.query);
      if (!lp) errors.push(unknown('landing point', r.query, graph.backbone.landingPoints.values()));
      else if (!graph.landingNode.has(lp.id as LandingId)) errors.push(`landing point "${lp.name}" has no cable in service in ${graph.year}`);
      else {
        landings.add(lp.id);
        lines.push(`landing station ${lp.name}`);
      }
    }
  }
  if (errors.length) return { ok: false, errors };
  return { ok: true, cut: { cables: [...cables], edges: [...edges], links: [...links], metros: [...metros], landingPoints: [...landings] }, lines };
}

/**
 * What replaying an incident cuts: the segment of each faulted cable passing nearest the reported
 * position (the whole cable where none was reported), each terrestrial link cut on land, including
 * faults from before it still unrepaired.
 */
export function incidentCut(graph: Graph, incident: Incident): ReturnType<typeof resolveCutRequests> {
  const requests: CutRequest[] = [];
  for (const f of incident.faults) {
    if ('link' in f) {
      requests.push({ kind: 'link', query: f.link });
      continue;
    }
    const r = parseCableCut(f.at ? `${f.cable}@${f.at[0]},${f.at[1]}` : f.cable);
    if (!r.ok) return { ok: false, errors: [r.error] };
    requests.push(r.value);
  }
  return resolveCutRequests(graph, requests);
}
