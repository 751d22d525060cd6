// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Dataset, Facility } from '../../src/data/schema';
import { buildGraph } from '../../src/model/graph';
import { resolveRouteEnd, routeEndMetro } from '../../src/model/routeEnds';
import { createScenarioEngine } from '../../src/model/scenario';
import { fixtureJson, loadBackbone } from './fixture';

const source = { sources: ['https://example.org/regions'] };
/** Two providers' regions and a data centre at the fixture's metros; two regions share a code, as AWS's and Alibaba's eu-central-1 do. */
const FACILITIES: Facility[] = [
  { id: 'example-eu-west-9', type: 'cloud-region', name: 'Example Cloud London', operator: 'Example Cloud', metro: 'london', lat: 51.5, lon: -0.12, regionCode: 'eu-west-9', ...source },
  { id: 'other-eu-west-9', type: 'cloud-region', name: 'Other Cloud Dublin', operator: 'Other Cloud', metro: 'dublin', lat: 53.35, lon: -6.26, regionCode: 'eu-west-9', ...source },
  { id: 'example-us-east-9', type: 'cloud-region', name: 'Example Cloud Virginia', operator: 'Example Cloud', metro: 'new-york', lat: 39.0, lon: -77.5, regionCode: 'us-east-9', ...source },
  { id: 'harbour-dc', type: 'data-centre', name: 'Harbour Exchange', operator: 'Example DC', metro: 'london', lat: 51.5, lon: -0.01, since: 2001, ...source },
];

function withFacilities(): Dataset {
  return { ...fixtureJson(), facilities: FACILITIES };
}

const plain = loadBackbone();
const backbone = loadBackbone(withFacilities());
const engine = createScenarioEngine(backbone);

describe('route ends: a data centre or cloud region stands for its metro', () => {
  it('routeEndMetro(backbone, id) is the metro itself, a facility’s metro, or null for neither', () => {
    expect(routeEndMetro(backbone, 'paris')).toBe('paris');
    expect(routeEndMetro(backbone, 'example-us-east-9')).toBe('new-york');
    expect(routeEndMetro(backbone, 'harbour-dc')).toBe('london');
    expect(routeEndMetro(backbone, 'atlantis')).toBeNull();
  });

  it('engine.route(year, facility, facility) is the route between their metros, with the ends as named', () => {
    const between = engine.route(2025, 'example-us-east-9', 'harbour-dc', {});
    const metros = createScenarioEngine(plain).route(2025, 'new-york', 'london', {});
    expect(between.rttMs).not.toBeNull();
    expect(between).toEqual({ ...metros, from: 'example-us-east-9', to: 'harbour-dc' });
    // Under a cut as well: the facility's route follows its metro's.
    const cut = { cables: ['grace-hopper'] };
    expect(engine.route(2025, 'example-us-east-9', 'harbour-dc', cut)).toEqual({ ...createScenarioEngine(plain).route(2025, 'new-york', 'london', cut), from: 'example-us-east-9', to: 'harbour-dc' });
  });

  it('a metro and a facility can be the two ends', () => {
    const view = engine.route(2025, 'paris', 'example-us-east-9', {});
    expect(view.metros[0]).toBe('paris');
    expect(view.metros[view.metros.length - 1]).toBe('new-york');
  });

  it('adding facilities changes nothing the engine computes for existing ends', () => {
    const before = createScenarioEngine(plain);
    expect(engine.evaluate(2025, { cables: ['grace-hopper'] })).toEqual(before.evaluate(2025, { cables: ['grace-hopper'] }));
    expect(engine.route(2025, 'new-york', 'paris', {})).toEqual(before.route(2025, 'new-york', 'paris', {}));
  });
});

describe('resolveRouteEnd(graph, query)', () => {
  const graph = buildGraph(backbone);

  it('finds a metro by name first, then a facility by id, name or region code', () => {
    expect(resolveRouteEnd(graph, 'London')).toEqual({ ok: true, value: { id: 'london', metro: 'london', name: 'London' } });
    expect(resolveRouteEnd(graph, 'Harbour Exchange')).toEqual({ ok: true, value: { id: 'harbour-dc', metro: 'london', name: 'Harbour Exchange' } });
    expect(resolveRouteEnd(graph, 'us-east-9')).toEqual({ ok: true, value: { id: 'example-us-east-9', metro: 'new-york', name: 'Example Cloud Virginia' } });
  });

  it('asks which one when a region code names several providers’ regions, and suggests the nearest names for an unknown end', () => {
    const shared = resolveRouteEnd(graph, 'eu-west-9');
    expect(shared.ok).toBe(false);
    if (!shared.ok) expect(shared.error).toBe('"eu-west-9" names 2 data centres or cloud regions; give one id: Example Cloud London (example-eu-west-9), Other Cloud Dublin (other-eu-west-9)');
    const unknown = resolveRouteEnd(graph, 'Harbor Exchang');
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.error).toMatch(/^unknown metro, data centre or cloud region "Harbor Exchang"; nearest: Harbour Exchange \(harbour-dc\)/);
  });
});
