// @vitest-environment node
// The network as it stood on a day (an incident replayed): a cable whose rfsDate is later that year is left out by the
// data's rule, the graph, the engine's baselines and the map's selectors alike.
import { describe, expect, it } from 'vitest';
import { carriesTrafficIn, isCableActiveIn, isSegmentActiveIn, notYetInService } from '../../src/data/normalize';
import type { Dataset } from '../../src/data';
import { buildGraph } from '../../src/model/graph';
import { createScenarioEngine } from '../../src/model/scenario';
import { selectNetworkDay, selectVisibleCables } from '../../src/store/selectors';
import { fixtureJson, loadBackbone } from './fixture';

/** The fixture with Grace Hopper (rfs 2022) first carrying traffic on 27 September 2022, and Farice-1's second segment in June 2022. */
function datedFixture() {
  const json: Dataset = fixtureJson();
  const gh = json.cables.find((c) => c.id === 'grace-hopper')!;
  gh.rfsDate = '2022-09-27';
  const farice = json.cables.find((c) => c.id === 'farice-1')!;
  farice.rfs = 2022;
  farice.segments[1]!.rfsDate = '2022-06';
  json.incidents = [{ id: 'spring-2022', name: 'A spring fault', date: '2022-05-01', cause: 'test', faults: [{ cable: 'aec-1' }], reported: 'test', sources: ['https://example.org/fixture'] }];
  return loadBackbone(json);
}

const backbone = datedFixture();
const gh = backbone.cables.get('grace-hopper')!;
const farice = backbone.cables.get('farice-1')!;
const edgesOf = (graph: ReturnType<typeof buildGraph>, cable: string) => graph.edges.filter((e) => e.cable === cable).map((e) => e.id);

describe('a cable or section dated finer than its year', () => {
  it('is in service in its whole RFS year, and on a day of it only from its date (a month from its first day)', () => {
    expect(isCableActiveIn(gh, 2022)).toBe(true);
    expect(isCableActiveIn(gh, 2022, '2022-09-26')).toBe(false);
    expect(isCableActiveIn(gh, 2022, '2022-09-27')).toBe(true);
    expect(isSegmentActiveIn(farice, 1, 2022, '2022-05-31')).toBe(false);
    expect(isSegmentActiveIn(farice, 1, 2022, '2022-06-01')).toBe(true);
    expect(isSegmentActiveIn(farice, 0, 2022, '2022-05-31')).toBe(true);
  });

  it("a cable still planned on the dataset's date carries nothing in that year or before, though the map draws it once due; the years after count it from its expected RFS", () => {
    const json: Dataset = fixtureJson();
    const asOf = Number(json.meta.asOf.slice(0, 4));
    const gh = json.cables.find((c) => c.id === 'grace-hopper')!;
    Object.assign(gh, { status: 'planned', rfs: asOf, rfsDate: undefined });
    // A second planned cable, due the year after, so that the years the dataset covers reach it.
    json.cables.push({ ...gh, id: 'grace-hopper-2', name: 'Grace Hopper 2', rfs: asOf + 1 });
    const planned = loadBackbone(json);
    const cable = planned.cables.get('grace-hopper')!;
    expect(carriesTrafficIn(cable, asOf, asOf)).toBe(false);
    expect(carriesTrafficIn(cable, asOf + 1, asOf)).toBe(true);
    expect(carriesTrafficIn({ ...cable, status: 'in-service' }, asOf, asOf)).toBe(true);
    expect(edgesOf(buildGraph(planned, { year: asOf }), 'grace-hopper')).toEqual([]);
    expect(edgesOf(buildGraph(planned, { year: asOf + 1 }), 'grace-hopper')).toHaveLength(1);
    // The map still draws it in its due year (dashed, as planned).
    expect(selectVisibleCables(planned, asOf, new Set()).map((c) => c.id)).toContain('grace-hopper');
    expect(isCableActiveIn(cable, asOf)).toBe(true);
  });

  it('notYetInService names the cables of the year not, or not wholly, in service on the day', () => {
    expect(notYetInService(backbone, 2022, '2022-05-01').map((c) => c.id)).toEqual(['grace-hopper', 'farice-1']);
    expect(notYetInService(backbone, 2022, '2022-07-01').map((c) => c.id)).toEqual(['grace-hopper']);
    expect(notYetInService(backbone, 2022, '2022-12-31')).toEqual([]);
  });

  it("buildGraph({ day }) is the year's network without them, and refuses a day outside the year or badly written", () => {
    const year = buildGraph(backbone, { year: 2022 });
    const day = buildGraph(backbone, { day: '2022-05-01' });
    expect(year.day).toBeUndefined();
    expect(day).toMatchObject({ year: 2022, day: '2022-05-01' });
    expect(edgesOf(year, 'grace-hopper')).toHaveLength(1);
    expect(edgesOf(day, 'grace-hopper')).toEqual([]);
    expect(day.cables.has('grace-hopper' as never)).toBe(false);
    expect(edgesOf(day, 'farice-1')).toEqual(['seg:farice-1:0']);
    expect(() => buildGraph(backbone, { year: 2023, day: '2022-05-01' })).toThrow('day 2022-05-01 is not in year 2023');
    expect(() => buildGraph(backbone, { day: '1 May 2022' })).toThrow('must be a date written YYYY-MM-DD');
  });

  it("the engine evaluates a day's network apart only when it differs from its year's, and says which day", () => {
    const engine = createScenarioEngine(backbone);
    const spring = engine.evaluate(2022, {}, '2022-05-01');
    expect(spring.day).toBe('2022-05-01');
    expect(spring.flows.some((f) => f.elements.includes('grace-hopper'))).toBe(false);
    const whole = engine.evaluate(2022, {});
    expect(whole.day).toBeUndefined();
    expect(whole.flows.some((f) => f.elements.includes('grace-hopper'))).toBe(true);
    // After every date, the day's network is the year's: the same baseline answers.
    expect(engine.evaluate(2022, {}, '2022-12-01')).toEqual(whole);
    // Routes too: New York–London cannot take Grace Hopper before it carried traffic.
    expect(engine.route(2022, 'new-york', 'london', {}, '2022-05-01').cables).not.toContain('grace-hopper');
  });

  it("the map's day is the replayed incident's date while the year shown is its year, and its cables leave the later ones out", () => {
    const state = { backbone, incident: 'spring-2022', year: 2022 };
    expect(selectNetworkDay(state)).toBe('2022-05-01');
    expect(selectNetworkDay({ ...state, year: 2023 })).toBeUndefined();
    expect(selectNetworkDay({ ...state, incident: null })).toBeUndefined();
    const ids = (day?: string) => selectVisibleCables(backbone, 2022, new Set(), day).map((c) => c.id);
    expect(ids()).toContain('grace-hopper');
    expect(ids('2022-05-01')).not.toContain('grace-hopper');
    expect(ids('2022-05-01')).toContain('farice-1');
  });
});
