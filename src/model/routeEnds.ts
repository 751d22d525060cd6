import type { Backbone } from '../data/normalize';
import type { Graph } from './graph';
import { findByName, foldName, nearestNames } from './names';
import type { Named } from './names';
import type { Resolution } from './cutSpec';

/** One end of a route as a person names it: a metro, or a data centre or cloud region, which stands for its metro. */
export interface RouteEnd {
  /** The id as given: a metro's or a facility's. */
  id: string;
  /** The metro the engine routes from or to. */
  metro: string;
  name: string;
}

/**
 * The metro a route's end stands for: a metro is itself; a data centre or cloud region is the metro it is reached
 * through (its record's `metro`), since the graph's nodes are metros. Null when the id is neither.
 */
export function routeEndMetro(backbone: Pick<Backbone, 'metros' | 'facilities'>, id: string): string | null {
  if (backbone.metros.has(id)) return id;
  return backbone.facilities.get(id)?.metro ?? null;
}

/** What a facility answers to: its id, its name, and its region code ("eu-central-1"). */
function facilityNames(backbone: Backbone): Named[] {
  return backbone.dataset.facilities.map((f) => ({ id: f.id, name: f.name, aliases: f.regionCode ? [f.regionCode] : [] }));
}

/**
 * A route's end typed by a person (`--rtt frankfurt aws-eu-central-1`): a metro by id or name first, so that
 * every end that named a metro before names the same one; else a facility by id, name or region code.
 */
export function resolveRouteEnd(graph: Graph, query: string): Resolution<RouteEnd> {
  const backbone = graph.backbone;
  const metro = findByName(backbone.metros.values(), query);
  if (metro) return { ok: true, value: { id: metro.id, metro: metro.id, name: metro.name } };
  // A region code is not unique across providers (AWS's and Alibaba's eu-central-1): several matches are asked about, not guessed.
  const q = foldName(query);
  const matches = q ? facilityNames(backbone).filter((f) => [f.id, f.name, ...(f.aliases ?? [])].some((t) => foldName(t) === q)) : [];
  if (matches.length > 1) return { ok: false, error: `"${query}" names ${matches.length} data centres or cloud regions; give one id: ${matches.map((f) => `${f.name} (${f.id})`).join(', ')}` };
  const facility = matches[0] && backbone.facilities.get(matches[0].id);
  if (facility) return { ok: true, value: { id: facility.id, metro: facility.metro, name: facility.name } };
  const nearest = nearestNames([...backbone.metros.values(), ...facilityNames(backbone)], query);
  return { ok: false, error: `unknown metro, data centre or cloud region "${query}"; nearest: ${nearest.join(', ')}` };
}
