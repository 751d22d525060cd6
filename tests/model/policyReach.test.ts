import { describe, expect, it } from 'vitest';
import { footprintParts, mayReach, policyReach } from '../../src/model/policyReach';
import type { FootprintParts } from '../../src/model/policyReach';
import type { CountryCode } from '../../src/model/ids';
import type { Adjacency, Network, NetworkLayer, Relation } from '../../src/model/networks';

/*
 * Nodes 0…6; fibre e0 = 0–1, e1 = 1–2, e2 = 5–6. Traffic is for node 0 in network D (its customer A delivers it).
 *   A: present at 0, 1, 2 over e0 and e1; D is its customer (hand-off at 0).
 *   B: A's peer at 2, also present at 3 (no fibre between 2 and 3).
 *   C: B's peer at 3.   E: B's customer at 2.   F: B's peer at 2.   G: A's provider at 1.
 *   H: G's peer at 1, whose footprint 5–6 is apart from it.
 *   Y: D's customer at 4, where D is present with no fibre to 0.
 */
const EDGES: readonly (readonly [number, number])[] = [
  [0, 1],
  [1, 2],
  [5, 6],
];
const EDGE_ENDS = EDGES.map(([a, b]) => ({ a, b }));
const NAMES = ['D', 'A', 'B', 'C', 'E', 'F', 'G', 'H', 'Y'] as const;
type Name = (typeof NAMES)[number];
const at = (name: Name) => NAMES.indexOf(name);

/** [a, b, what b is to a, hand-off nodes] */
const LINKS: readonly [Name, Name, Relation, number[]][] = [
  ['A', 'D', 'customer', [0]],
  ['A', 'B', 'peer', [2]],
  ['B', 'C', 'peer', [3]],
  ['B', 'E', 'customer', [2]],
  ['B', 'F', 'peer', [2]],
  ['A', 'G', 'provider', [1]],
  ['G', 'H', 'peer', [1, 5]],
  ['D', 'Y', 'customer', [4]],
];
const PRESENCE: Record<Name, number[]> = { D: [0, 4], A: [0, 1, 2], B: [2, 3], C: [3], E: [2], F: [2], G: [1], H: [1, 5, 6], Y: [4] };
const FIBRE: Record<Name, number[]> = { D: [], A: [0, 1], B: [], C: [], E: [], F: [], G: [], H: [2], Y: [] };

const inverse: Record<Relation, Relation> = { customer: 'provider', peer: 'peer', provider: 'customer' };

function layer(): NetworkLayer {
  const networks = NAMES.map(
    (id, index): Network => ({ index, id, kind: 'carrier', name: id, asn: null, tier: 2, country: 'ZZ' as CountryCode, sellsTransit: true, closed: new Uint8Array(EDGES.length), presence: PRESENCE[id] }),
  );
  const adjacency: Adjacency[][] = NAMES.map(() => []);
  for (const [a, b, relation, handoffs] of LINKS) {
    adjacency[at(a)]!.push({ network: at(b), relation, handoffs, basis: 'test', modelled: false });
    adjacency[at(b)]!.push({ network: at(a), relation: inverse[relation], handoffs, basis: 'test', modelled: false });
  }
  return { networks, byId: new Map(NAMES.map((n, i) => [n, i])), adjacency, accessOf: new Map() };
}

function partsWithout(cutEdges: readonly number[] = []): (network: number) => FootprintParts {
  const parts = NAMES.map((name) => footprintParts(EDGE_ENDS, Int32Array.from(FIBRE[name].filter((e) => !cutEdges.includes(e))), PRESENCE[name]));
  return (network) => parts[network]!;
}

function reachable(cutEdges: readonly number[] = [], deadNodes?: Uint8Array): (name: Name, node: number) => boolean {
  const parts = partsWithout(cutEdges);
  const reach = policyReach(layer(), parts, at('D'), 0, deadNodes);
  if (!reach) throw new Error('the destination holds node 0');
  return (name, node) => mayReach(reach, parts(at(name)), at(name), node);
}

describe('footprintParts', () => {
  it('names the connected pieces of a footprint, its presence included, and knows no other node', () => {
    const parts = footprintParts(EDGE_ENDS, Int32Array.from([0, 2]), [0, 1, 2, 5]);
    expect(parts.count).toBe(3);
    expect(parts.partOf(0)).toBe(parts.partOf(1));
    expect(parts.partOf(2)).not.toBe(parts.partOf(0));
    expect(parts.partOf(5)).toBe(parts.partOf(6));
    expect(parts.partOf(3)).toBeUndefined();
  });
});

describe('policyReach', () => {
  it('follows valley-free exports: a customer route goes to everyone, a peer route only down to customers', () => {
    const may = reachable();
    expect(may('A', 2)).toBe(true);
    expect(may('G', 1)).toBe(true);
    expect(may('B', 2)).toBe(true);
    expect(may('E', 2)).toBe(true);
    // B holds a peer route: it does not pass it to another peer.
    expect(may('F', 2)).toBe(false);
    // G holds a customer route and passes it to its peer H, but only at the hand-off in H's part that touches it.
    expect(may('H', 1)).toBe(true);
    expect(may('H', 6)).toBe(false);
  });

  it('does not carry traffic across a gap in a network footprint', () => {
    const may = reachable();
    // B is at 2 and at 3 with no fibre of its own between them, so C (its peer at 3) gets nothing.
    expect(may('B', 3)).toBe(false);
    expect(may('C', 3)).toBe(false);
  });

  it('loses what a cut fibre or a dead hand-off leaves without a path', () => {
    const cut = reachable([1]);
    expect(cut('A', 1)).toBe(true);
    expect(cut('A', 2)).toBe(false);
    expect(cut('B', 2)).toBe(false);
    expect(cut('E', 2)).toBe(false);
    const deadNodes = new Uint8Array(7);
    deadNodes[2] = 1;
    const dead = reachable([], deadNodes);
    expect(dead('B', 2)).toBe(false);
    expect(dead('G', 1)).toBe(true);
  });

  it('rules nothing out where the destination node lies outside the destination network', () => {
    expect(policyReach(layer(), partsWithout(), at('D'), 3)).toBeUndefined();
  });

  it('delivers from the destination part that holds the node, and never passes traffic through the destination', () => {
    const may = reachable();
    expect(may('D', 0)).toBe(true);
    expect(may('D', 4)).toBe(false);
    expect(may('Y', 4)).toBe(false);
  });
});
