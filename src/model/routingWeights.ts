import { estimateCableTbps } from './capacity';
import type { Graph } from './graph';

/**
 * A cable whose design capacity is under this share of a new trunk's in the year modelled (the vintage table of
 * capacity.ts) is a thin system: an old or small one, such as Atlantis-2's 20 Gbit/s in 2020, when a new trunk
 * carried some 150 Tbit/s.
 */
export const THIN_SHARE = 0.01;
/** How many times its latency a thin system's segment weighs in a network's own routing. */
export const THIN_PENALTY = 3;

const weightsOf = new WeakMap<Graph, Float64Array>();

/**
 * The weights a network routes on inside its own footprint (docs/MODEL.md, "Inside a network"): each edge's latency,
 * but a thin system's segments weigh THIN_PENALTY times theirs. Networks set their routing metrics so that bulk
 * traffic keeps to the systems that can carry it and a thin one is a path of last resort: on latency alone, a
 * network holding capacity on a 20 Gbit/s system of 2000 routed London–São Paulo over it (126 ms), where traffic
 * measured 179–181 ms by way of New York. The route's RTT is still its latency: only the choice weighs differently.
 */
export function routingWeights(graph: Graph): Float64Array {
  let weights = weightsOf.get(graph);
  if (!weights) {
    const thin = THIN_SHARE * estimateCableTbps(graph.year);
    weights = Float64Array.from(graph.weight, (ms, e) => {
      const edge = graph.edges[e]!;
      return edge.kind === 'segment' && edge.capacityTbps < thin ? ms * THIN_PENALTY : ms;
    });
    weightsOf.set(graph, weights);
  }
  return weights;
}
