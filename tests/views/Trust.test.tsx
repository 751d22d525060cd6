import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Topology } from 'topojson-specification';
import { createExplorerStore } from '../../src/store/createExplorerStore';
import { Explorer } from '../../src/views/Explorer';
import { createLocalEngineClient } from '../../src/worker/engineClient';
import { parseBackbone } from '../../src/data/load';
import { HOSTILE_SAMPLES } from '../fixtures/hostileStrings';
import { applyOptions } from '../../src/embed/stateOptions';
import { resolveOptions } from '../../src/embed/resolveOptions';

const src = ['https://www.ripe.net/publications/news/industry-developments/youtube-hijacking-a-ripe-ncc-ris-case-study'];

/** The engine fixture with a content network, a hijacker buying transit from both Tier 1s, and one hijack of the content network's block. */
function loadBackbone(reported = 'It reached most of the world.') {
  const data = JSON.parse(readFileSync('tests/fixtures/engine-tiny.json', 'utf8'));
  data.carriers.push(
    { id: 'video-net', name: 'Video Net', asn: 64500, tier: 2, hq: 'US', website: 'https://video.example', sellsTransit: false, routingOnly: true, sources: src },
    { id: 'island-telecom', name: 'Island Telecom', asn: 64501, tier: 2, hq: 'IS', website: 'https://island.example', routingOnly: true, sources: src },
  );
  data.relationships = [
    { id: 'island-telecom-transit-zayo', kind: 'transit', customer: 'island-telecom', provider: 'zayo', sources: src },
    { id: 'island-telecom-transit-lumen', kind: 'transit', customer: 'island-telecom', provider: 'lumen', sources: src },
  ];
  data.prefixes = [{ id: 'video-block', prefix: '192.0.2.0/24', origin: 'video-net', roa: { maxLength: 24 }, sources: src }];
  data.routingEvents = [
    { id: 'island-hijack', name: 'Island Telecom announces Video Net', date: '2024-02-24', kind: 'hijack', prefix: 'video-block', by: 'island-telecom', rov: 'none', reported, reportedCountries: ['IS'], sources: src },
  ];
  const result = parseBackbone(data);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.backbone;
}

const topology = JSON.parse(readFileSync('node_modules/world-atlas/countries-110m.json', 'utf8')) as Topology;

async function openReplay(reported?: string) {
  const store = createExplorerStore();
  const view = render(<Explorer backbone={loadBackbone(reported)} basemapTopology={topology} store={store} createEngine={createLocalEngineClient} />);
  await userEvent.click(await screen.findByRole('tab', { name: 'Routing trust' }));
  const panel = screen.getByRole('region', { name: 'Routing trust: hijacks and route leaks' });
  await userEvent.selectOptions(within(panel).getByRole('combobox', { name: 'Replay an incident' }), 'island-hijack');
  return { ...view, store, panel };
}

describe('the Routing trust tab in <Explorer>', () => {
  it('replaying a hijack shows what it took, shades those countries on the map, and ROV everywhere clears them', async () => {
    const { container, panel, store } = await openReplay();
    const summary = await within(panel).findByText(/countries and \d+ networks send their traffic/);
    const captured = store.getState().trust!.report.captured.countries;
    expect(captured).toContain('IS');
    expect(summary).toHaveTextContent(`${captured.length} countries`);
    expect(within(panel).getByText(/Island Telecom \(AS64501\) announces 192\.0\.2\.0\/24 \(legitimate origin: Video Net \(AS64500\)\)/)).toBeInTheDocument();
    // Each captured country drawn once, Iceland among them.
    await waitFor(() => expect(container.querySelectorAll('.trust-layer .trust-captured').length).toBe(captured.length));
    expect(container.querySelector('.trust-layer [data-country="IS"]')).not.toBeNull();
    expect(screen.getByText('Traffic pulled away')).toBeInTheDocument();

    fireEvent.change(within(panel).getByRole('slider', { name: 'Route origin validation' }), { target: { value: '5' } });
    expect(await within(panel).findByText('No country’s traffic is pulled away.')).toBeInTheDocument();
    expect(within(panel).getByText('every network')).toBeInTheDocument();
    await waitFor(() => expect(container.querySelectorAll('.trust-layer .trust-captured').length).toBe(0));
    await userEvent.click(within(panel).getByRole('button', { name: 'Back to the setting of the time' }));
    await waitFor(() => expect(container.querySelectorAll('.trust-layer .trust-captured').length).toBe(captured.length));
  });

  it('renders an event\'s reported text as text, never as HTML', async () => {
    const markup = HOSTILE_SAMPLES.find((s) => s.startsWith('<img'))!;
    const { panel, container } = await openReplay(markup);
    expect(await within(panel).findByText(markup, { exact: false })).toBeInTheDocument();
    expect(container.querySelector('.trust img')).toBeNull();
  });

  it('the bgp-event option opens the tab on that event and replays it once the engine is there; an unknown id is a warning', async () => {
    const store = createExplorerStore();
    const backbone = loadBackbone();
    store.getState().setDataset({ ok: true, backbone });
    expect(applyOptions(store, resolveOptions({ bgpEvent: 'island-hijack' }))).toEqual([]);
    expect(store.getState()).toMatchObject({ sideTab: 'trust', trustEvent: 'island-hijack', trust: null });
    store.getState().attachEngine(createLocalEngineClient(backbone));
    await waitFor(() => expect(store.getState().trustStatus).toBe('ready'));
    expect(store.getState().trust!.report.captured.countries).toContain('IS');
    expect(applyOptions(store, resolveOptions({ bgpEvent: 'no-such-event' }))).toContainEqual({ name: 'bgpEvent', value: 'no-such-event', message: 'there is no routing event “no-such-event” in this dataset' });
  });
});
