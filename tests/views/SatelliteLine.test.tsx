import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Topology } from 'topojson-specification';
import { parseBackbone } from '../../src/data/load';
import type { Lang } from '../../src/i18n/messages';
import { createExplorerStore } from '../../src/store/createExplorerStore';
import { Explorer } from '../../src/views/Explorer';
import { hopArc } from '../../src/views/map/SatelliteHops';
import { satellitePacketFlows } from '../../src/views/map/satellitePackets';
import { createPacketState } from '../../src/sim/packets';
import { FIBRE_KM_PER_MS } from '../../src/model/latency';
import { createLocalEngineClient } from '../../src/worker/engineClient';

const topology = JSON.parse(readFileSync('node_modules/world-atlas/countries-110m.json', 'utf8')) as Topology;

/** The engine fixture, with a geostationary backup for the Faroes added to a copy of it. */
function backboneWithFaroesBackup() {
  const json = JSON.parse(readFileSync('tests/fixtures/engine-tiny.json', 'utf8'));
  json.satelliteBackups = [
    { id: 'faroes-geo', country: 'FO', kind: 'geo', operators: ['Intelsat', 'SES'], gateway: 'london', capacityGbps: 0.5, since: 2010, sources: ['https://example.org/teleport'] },
  ];
  const result = parseBackbone(json);
  if (!result.ok) throw new Error('the fixture with a satellite record is invalid');
  return result.backbone;
}

async function cutFarice(lang: Lang) {
  const store = createExplorerStore({ lang });
  render(<Explorer backbone={backboneWithFaroesBackup()} basemapTopology={topology} store={store} createEngine={createLocalEngineClient} />);
  await act(async () => store.getState().cut({ kind: 'cable', id: 'farice-1' }));
  const impact = await screen.findByRole('region', { name: lang === 'en' ? 'Impact' : 'Auswirkungen' });
  return { impact, store };
}

describe('<ImpactPanel> with a satellite backup', () => {
  it('says beside an isolated country with a backup what it carries on satellite: capacity, demand and RTT from the engine', async () => {
    const { impact, store } = await cutFarice('en');
    expect(within(impact).getByRole('button', { name: 'Faroe Islands' })).toBeInTheDocument();
    const fo = store.getState().scenario!.onSatellite.find((s) => s.country === 'FO')!;
    const line = within(impact).getByText(/^on satellite backup:/);
    const demand = new Intl.NumberFormat('en', { maximumFractionDigits: fo.demandGbps < 10 ? 1 : 0 }).format(fo.demandGbps);
    const rtt = new Intl.NumberFormat('en', { maximumFractionDigits: 1 }).format(fo.rttMs);
    expect(fo.rttMs).toBeGreaterThan(477);
    expect(line).toHaveTextContent(`on satellite backup: 0.5 Gbit/s for ${demand} Gbit/s of demand, RTT ${rtt} ms`);
    expect(line).toHaveAttribute('title', 'Geostationary satellite (Intelsat, SES), landing at London; isolated from fibre');
    // It opens the record: its operators, ground station and sources.
    await userEvent.click(line);
    const details = await screen.findByRole('complementary', { name: /^Details: Intelsat, SES · Faroe Islands/ });
    expect(details).toHaveTextContent('Geostationary satellite');
    expect(details).toHaveTextContent('0.5 Gbit/s');
    expect(within(details).getByRole('button', { name: 'London' })).toBeInTheDocument();
    expect(details).toHaveTextContent('example.org');
  });

  it('speaks German', async () => {
    const { impact } = await cutFarice('de');
    expect(within(impact).getByText(/^über Satellit als Reserve: 0,5 Gbit\/s für .+ Gbit\/s Bedarf, RTT .+ ms$/)).toBeInTheDocument();
  });

  it('adds nothing beside a country cut off with no satellite record', async () => {
    const store = createExplorerStore();
    const json = JSON.parse(readFileSync('tests/fixtures/engine-tiny.json', 'utf8'));
    const parsed = parseBackbone(json);
    if (!parsed.ok) throw new Error('fixture invalid');
    render(<Explorer backbone={parsed.backbone} basemapTopology={topology} store={store} createEngine={createLocalEngineClient} />);
    await act(async () => store.getState().cut({ kind: 'cable', id: 'farice-1' }));
    const impact = await screen.findByRole('region', { name: 'Impact' });
    expect(within(impact).getByRole('button', { name: 'Faroe Islands' })).toBeInTheDocument();
    expect(within(impact).queryByText(/satellite/)).toBeNull();
  });
});

describe('the satellite hop on the map', () => {
  it('hopArc(a, b) runs from a to b along the great circle, bowed towards the pole by a share of the distance at its middle', () => {
    const arc = hopArc([0, 0], [40, 0]);
    expect(arc[0]).toEqual([0, 0]);
    expect(arc[arc.length - 1]![0]).toBeCloseTo(40, 9);
    expect(arc[arc.length - 1]![1]).toBeCloseTo(0, 9);
    const middle = arc[(arc.length - 1) / 2]!;
    expect(middle[0]).toBeCloseTo(20, 9);
    expect(middle[1]).toBeCloseTo(0.3 * 40, 9);
    // In the southern hemisphere it bows south; across the antimeridian it takes the short way.
    const tongaToSydney = hopArc([-175.2, -21.1], [151.2, -33.9]);
    expect(Math.min(...tongaToSydney.map((p) => p[1]))).toBeLessThan(-33.9);
    expect(tongaToSydney.every((p) => p[0] <= -175.2 || p[0] >= 151.2)).toBe(true);
  });

  it('draws an arc from the isolated country to its ground station, in its own style, and the legend names it', async () => {
    const { store } = await cutFarice('en');
    const fo = store.getState().scenario!.onSatellite[0]!;
    const arc = document.querySelector(`.scenario .satellite-hop[data-country="${fo.country}"]`);
    expect(arc).not.toBeNull();
    expect(arc!.getAttribute('d')).toMatch(/^M[-\d.]+,[-\d.]+(L[-\d.]+,[-\d.]+){8,}/);
    const legend = document.querySelector('.map-legend li[data-swatch="satellite"]');
    expect(legend).toHaveTextContent('Satellite backup: a country cut off from fibre, to its ground station');
    expect(legend!.querySelector('line')).toHaveClass('legend-satellite');
  });

  it('sends packets along the hop that cross it in half its RTT: they crawl at a small fraction of the speed on fibre', async () => {
    const { store } = await cutFarice('en');
    const { scenario, backbone } = store.getState();
    const fo = scenario!.onSatellite[0]!;
    const [hop, ...others] = satellitePacketFlows(scenario, backbone, 0.02, '#5b2fc0');
    expect(others).toEqual([]);
    expect(hop).toMatchObject({ id: `satellite:${fo.country}`, transitMs: fo.rttMs / 2, colour: '#5b2fc0' });
    expect(hop!.path).toEqual(hopArc([backbone!.metros.get(fo.from)!.lon, backbone!.metros.get(fo.from)!.lat], [backbone!.metros.get(fo.gateway)!.lon, backbone!.metros.get(fo.gateway)!.lat]));
    // 0.5 Gbit/s would be less than one packet in flight: it sends at the smallest animated flow's rate instead.
    expect(hop!.tbps).toBe(0.02);
    const [flow] = createPacketState([hop!]).flows;
    // Faroes–London is about 1,300 km along the arc: 6.5 ms on fibre against about 250 ms up to the satellite and down.
    expect(flow!.pace).toBeCloseTo(flow!.track.lengthKm / FIBRE_KM_PER_MS / (fo.rttMs / 2), 12);
    expect(flow!.pace).toBeLessThan(0.05);
    expect(satellitePacketFlows(null, backbone, 0.02, 'red')).toEqual([]);
  });
});
