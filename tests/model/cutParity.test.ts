// @vitest-environment node
// One rule for what a cut takes out: the explorer (geo/nearestSegment, geo/segmentsNear, on the dataset's records) and the
// command line and incident replays (model/cutSpec, on the graph) pick the same segments for the same point or region.
import { describe, expect, it } from 'vitest';
import { nearestSegment } from '../../src/geo/nearestSegment';
import { elementsNear } from '../../src/geo/segmentsNear';
import { buildGraph, incidentCut, resolveCutRequests } from '../../src/model';
import { incidentPlaces, incidentTargets } from '../../src/store/slices/failureSlice';
import type { Incident, LonLat } from '../../src/data/schema';
import { mulberry32 } from '../../bench/synthetic';
import { shippedDataset } from '../fixtures/loadFixture';
import { loadBackbone } from './fixture';

const backbone = loadBackbone(shippedDataset());
const graph = buildGraph(backbone);
const inGraph = (cable: string, index: number) => graph.edgeIndex.has(`seg:${cable}:${index}`);

describe('one rule for what a cut takes out', { timeout: 120_000 }, () => {
  it('a region cut takes out the same segments and links in the explorer as on the command line (Suez, the Luzon Strait, 60 random places)', () => {
    const rand = mulberry32(7);
    const places: [LonLat, number][] = [
      [[32.5, 30.5], 150],
      [[120.6, 21.7], 200],
      ...Array.from({ length: 60 }, (): [LonLat, number] => [[rand() * 360 - 180, rand() * 140 - 60], 50 + Math.round(rand() * 400)]),
    ];
    for (const [at, km] of places) {
      const explorer = elementsNear(backbone, at, km);
      const fromExplorer = [...explorer.segments.filter((s) => inGraph(s.cable, s.index)).map((s) => `seg:${s.cable}:${s.index}`), ...explorer.links.map((l) => `link:${l}`)].sort();
      const cli = resolveCutRequests(graph, [{ kind: 'region', at, km }]);
      const fromCli = cli.ok ? [...cli.cut.edges!].sort() : [];
      expect(fromExplorer, `${at.join(',')} within ${km} km`).toEqual(fromCli);
    }
  });

  it('a point on a cable cuts the same segment in the explorer as on the command line (500 random points)', () => {
    const rand = mulberry32(11);
    const cables = [...graph.cables.values()].filter((c) => c.segments.length > 1);
    for (let i = 0; i < 500; i++) {
      const cable = cables[Math.floor(rand() * cables.length)]!;
      const at: LonLat = [rand() * 360 - 180, rand() * 140 - 60];
      const cli = resolveCutRequests(graph, [{ kind: 'cable', query: cable.id, at }]);
      if (!cli.ok) throw new Error(cli.errors.join('; '));
      const index = nearestSegment(backbone, cable.id, at)!;
      // A segment not yet in service is not in the graph: the command line then names the nearest one that is.
      if (inGraph(cable.id, index)) expect(cli.cut.edges, `${cable.id} at ${at.join(',')}`).toEqual([`seg:${cable.id}:${index}`]);
    }
  });

  it('an incident with a fault on land cuts the same terrestrial link in the explorer as in the replay script, and the map goes to its ends', () => {
    const incident: Incident = {
      id: 'dig',
      name: 'A dig near Tbilisi',
      date: '2011-03-28',
      cause: 'A spade',
      faults: [{ link: 'tbilisi-yerevan' }, { cable: 'caucasus-cable-system' }],
      reported: 'Offline.',
      sources: ['https://example.org'],
    };
    expect(incidentTargets(backbone, incident)).toEqual([
      { kind: 'link', id: 'tbilisi-yerevan' },
      { kind: 'cable', id: 'caucasus-cable-system' },
    ]);
    const replay = incidentCut(buildGraph(backbone, { year: 2011 }), incident);
    if (!replay.ok) throw new Error(replay.errors.join('; '));
    expect(replay.cut).toMatchObject({ links: ['tbilisi-yerevan'], cables: ['caucasus-cable-system'] });
    const tbilisi = backbone.metros.get('tbilisi')!;
    const yerevan = backbone.metros.get('yerevan')!;
    expect(incidentPlaces(backbone, { ...incident, faults: [{ link: 'tbilisi-yerevan' }] })).toEqual([
      [tbilisi.lon, tbilisi.lat],
      [yerevan.lon, yerevan.lat],
    ]);
  });
});
