import type { Graph } from './graph';
import { ModelInputError } from './ids';
import type { CableId, LandingId, LinkId, MetroId } from './ids';

/**
 * What to cut, by dataset id. Whole cables, single edges (a segment `seg:CABLE:INDEX`,
 * or any other edge id), terrestrial links, metros and landing stations.
 */
export interface CutSet {
  cables?: readonly string[];
  edges?: readonly string[];
  links?: readonly string[];
  metros?: readonly string[];
  landingPoints?: readonly string[];
}

/** A cut set resolved against one graph. */
export interface CutMask {
  /** 1 where an edge is unusable: cut itself, or touching a cut node. */
  dead: Uint8Array;
  /** 1 where a node is cut (a metro cuts both its access and exchange nodes). */
  deadNodes: Uint8Array;
  /** The indices where `dead` is 1, ascending. */
  deadEdges: readonly number[];
  /** Ids that exist in the dataset but not in the network of the graph's year (they cut nothing). */
  absent: readonly string[];
}

export function isEmptyCut(cut: CutSet): boolean {
  return !cut.cables?.length && !cut.edges?.length && !cut.links?.length && !cut.metros?.length && !cut.landingPoints?.length;
}

/**
 * Resolves ids into a mask over the graph's edges and nodes. An id the dataset
 * does not know throws ModelInputError; one that exists but is not in service
 * that year is listed in `absent` and cuts nothing.
 */
export function resolveCut(graph: Graph, cut: CutSet): CutMask {
  const bb = graph.backbone;
  const dead = new Uint8Array(graph.edges.length);
  const deadNodes = new Uint8Array(graph.nodes.length);
  const absent: string[] = [];
  const unknown: string[] = [];

  for (const id of cut.cables ?? []) {
    const edges = graph.edgesByCable.get(id as CableId);
    if (edges) for (const e of edges) dead[e] = 1;
    else if (bb.cables.has(id)) absent.push(id);
    else unknown.push(`cable "${id}"`);
  }
  for (const id of cut.edges ?? []) {
    const e = graph.edgeIndex.get(id);
    if (e !== undefined) dead[e] = 1;
    else if (bb.cables.has(id.split(':')[1] ?? '') && id.startsWith('seg:')) absent.push(id);
    else unknown.push(`edge "${id}"`);
  }
  for (const id of cut.links ?? []) {
    const e = graph.edgesByLink.get(id as LinkId);
    if (e !== undefined) dead[e] = 1;
    else unknown.push(`terrestrial link "${id}"`);
  }
  for (const id of cut.metros ?? []) {
    const access = graph.metroNode.get(id as MetroId);
    const exchange = graph.exchangeNode.get(id as MetroId);
    if (access === undefined || exchange === undefined) unknown.push(`metro "${id}"`);
    else deadNodes[access] = deadNodes[exchange] = 1;
  }
  for (const id of cut.landingPoints ?? []) {
    const n = graph.landingNode.get(id as LandingId);
    if (n !== undefined) deadNodes[n] = 1;
    else if (bb.landingPoints.has(id)) absent.push(id);
    else unknown.push(`landing point "${id}"`);
  }
  if (unknown.length) throw new ModelInputError(`unknown ${unknown.join(', ')}`);

  if (deadNodes.includes(1)) for (const e of graph.edges) if (deadNodes[e.a] || deadNodes[e.b]) dead[e.index] = 1;
  const deadEdges: number[] = [];
  for (let i = 0; i < dead.length; i++) if (dead[i]) deadEdges.push(i);
  return { dead, deadNodes, deadEdges, absent };
}
