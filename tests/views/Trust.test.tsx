import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Topology } from 'topojson-specification';
import { createExplorerStore } from '../../src/store/createExplorerStore';
import { Explorer } from '../../src/views/Explorer';
import { createLocalEngineClient } from '../../src/worker/engineClient';
import { loadTrustBackbone } from '../fixtures/trustBackbone';
import { HOSTILE_SAMPLES } from '../fixtures/hostileStrings';
import { applyOptions, optionsFromState } from '../../src/embed/stateOptions';
import { resolveOptions } from '../../src/embed/resolveOptions';

const loadBackbone = loadTrustBackbone;

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
    // The map follows the event to its year, and the tab's year slider says so.
    expect(screen.getByRole('slider', { name: /Year/ })).toHaveValue('2024');
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

  it('Try your own: a victim and an attacker picked and sent are simulated, shaded on the map, and labelled a simulation without a report', async () => {
    const store = createExplorerStore();
    const { container } = render(<Explorer backbone={loadBackbone()} basemapTopology={topology} store={store} createEngine={createLocalEngineClient} />);
    await userEvent.click(await screen.findByRole('tab', { name: 'Routing trust' }));
    const form = screen.getByRole('form', { name: 'Try your own' });
    const simulate = within(form).getByRole('button', { name: 'Simulate' });
    expect(simulate).toBeDisabled();
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: 'Victim: an origin network or a recorded block' }), 'video-block');
    const attacker = within(form).getByRole('combobox', { name: 'Attacker' });
    await within(attacker).findByRole('option', { name: 'Island Telecom (AS64501)' });
    await userEvent.selectOptions(attacker, 'island-telecom');
    await userEvent.click(simulate);

    const panel = screen.getByRole('region', { name: 'Routing trust: hijacks and route leaks' });
    expect(await within(panel).findByRole('heading', { name: 'Hijack: your own simulation' })).toBeInTheDocument();
    expect(within(panel).getByText(/A simulation on the network of 2025: there is no report to compare it with\./)).toBeInTheDocument();
    expect(within(panel).queryByText('Reported')).toBeNull();
    const captured = store.getState().trust!.report.captured.countries;
    expect(captured).toContain('IS');
    await waitFor(() => expect(container.querySelectorAll('.trust-layer .trust-captured').length).toBe(captured.length));
    // The replay picker is cleared: one question at a time.
    expect(within(panel).getByRole('combobox', { name: 'Replay an incident' })).toHaveValue('');
  });

  it('Try your own: a leak offers only the leaker\'s real providers and peers, and is simulated between two of them', async () => {
    const store = createExplorerStore();
    render(<Explorer backbone={loadBackbone()} basemapTopology={topology} store={store} createEngine={createLocalEngineClient} />);
    await userEvent.click(await screen.findByRole('tab', { name: 'Routing trust' }));
    const form = screen.getByRole('form', { name: 'Try your own' });
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: 'What happens' }), 'leak');
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: 'Victim: an origin network or a recorded block' }), 'video-block');
    const leaker = within(form).getByRole('combobox', { name: 'Leaker' });
    await within(leaker).findByRole('option', { name: 'Island Telecom (AS64501)' });
    await userEvent.selectOptions(leaker, 'island-telecom');
    const from = within(form).getByRole('combobox', { name: 'Learned from (a provider or peer of the leaker)' });
    expect(within(from).getAllByRole('option').map((o) => o.textContent)).toEqual(['Choose…', 'Lumen (AS3356): provider', 'Zayo (AS6461): provider']);
    await userEvent.selectOptions(from, 'lumen');
    const to = within(form).getByRole('combobox', { name: 'Passed on to (another provider or peer)' });
    expect(within(to).getAllByRole('option').map((o) => o.textContent)).toEqual(['Choose…', 'Zayo (AS6461): provider']);
    await userEvent.selectOptions(to, 'zayo');
    await userEvent.click(within(form).getByRole('button', { name: 'Simulate' }));
    expect(await screen.findByRole('heading', { name: 'Route leak: your own simulation' })).toBeInTheDocument();
    expect(store.getState().trustCustom).toEqual({ kind: 'leak', victim: 'video-block', by: 'island-telecom', from: 'lumen', to: 'zayo' });
    expect(screen.getByText(/Island Telecom \(AS64501\) passes routes to 192\.0\.2\.0\/24 of Video Net \(AS64500\) learned from Lumen \(AS3356\) on to Zayo \(AS6461\)\./)).toBeInTheDocument();
  });

  it('the bgp-hijack, bgp-leak and bgp-rov options run a simulation of one\'s own and come back from the state; bad ids are warnings and ignored', async () => {
    const store = createExplorerStore();
    const backbone = loadBackbone();
    store.getState().setDataset({ ok: true, backbone });
    store.getState().attachEngine(createLocalEngineClient(backbone));
    const options = resolveOptions({ bgpHijack: { victim: 'video-block', by: 'island-telecom', moreSpecific: true }, bgpRov: 'tier1' });
    expect(applyOptions(store, options)).toEqual([]);
    expect(store.getState()).toMatchObject({ sideTab: 'trust', trustEvent: null, trustRov: 'tier1', trustCustom: { kind: 'hijack', victim: 'video-block', by: 'island-telecom', moreSpecific: true } });
    await waitFor(() => expect(store.getState().trustStatus).toBe('ready'));
    expect(store.getState().trust).toMatchObject({ source: 'custom', report: { rov: 'tier1', announced: '192.0.2.0/25' } });
    expect(optionsFromState(store.getState(), null, options)).toEqual(options);

    const leak = resolveOptions({ bgpLeak: { victim: 'video-block', by: 'island-telecom', from: 'lumen', to: 'zayo' } });
    expect(applyOptions(store, leak)).toEqual([]);
    expect(store.getState().trustCustom).toEqual({ kind: 'leak', victim: 'video-block', by: 'island-telecom', from: 'lumen', to: 'zayo' });
    expect(optionsFromState(store.getState(), null, leak)).toEqual(leak);

    expect(applyOptions(store, resolveOptions({ bgpHijack: { victim: 'video-block', by: 'no-such-net', moreSpecific: false } }))).toEqual([
      { name: 'bgpHijack', value: 'video-block,no-such-net', message: 'there is no network “no-such-net” in this dataset' },
    ]);
    expect(store.getState().trustCustom).toBeNull();
    expect(applyOptions(store, resolveOptions({ bgpEvent: 'island-hijack', bgpHijack: { victim: 'video-block', by: 'island-telecom', moreSpecific: false } }))).toEqual([
      { name: 'bgpHijack', value: 'video-block,island-telecom', message: 'give bgp-event or a simulation of your own (bgp-hijack, bgp-leak), not both; the event is shown' },
    ]);
    expect(store.getState()).toMatchObject({ trustEvent: 'island-hijack', trustCustom: null });
  });

  it('bgp-event shows the map of the event\'s year unless a year is given, and the URL leaves that year out', () => {
    const store = createExplorerStore();
    store.getState().setDataset({ ok: true, backbone: loadBackbone() });
    const options = resolveOptions({ bgpEvent: 'island-hijack' });
    applyOptions(store, options);
    expect(store.getState().year).toBe(2024);
    expect(optionsFromState(store.getState(), null, options).year).toBeNull();
    applyOptions(store, resolveOptions({ bgpEvent: 'island-hijack', year: 2012 }));
    expect(store.getState().year).toBe(2012);
    expect(optionsFromState(store.getState(), null, options).year).toBe(2012);
  });

  it('the legend names the packets to the origin and those diverted; with reduced motion the diverted routes are drawn still instead', async () => {
    const { container, store } = await openReplay();
    await waitFor(() => expect(store.getState().trustStatus).toBe('ready'));
    const legend = container.querySelector('.trust-legend') as HTMLElement;
    expect(within(legend).getByText('Packets diverted to the attacker')).toBeInTheDocument();
    expect(container.querySelectorAll('.trust-route-diverted')).toHaveLength(0);
    cleanup();

    const matchMedia = window.matchMedia;
    window.matchMedia = ((query: string) => ({ matches: query.includes('reduce'), media: query, addEventListener() {}, removeEventListener() {} })) as unknown as typeof window.matchMedia;
    try {
      const still = await openReplay();
      await waitFor(() => expect(still.store.getState().trustStatus).toBe('ready'));
      const diverted = still.store.getState().trust!.flows.filter((f) => f.diverted).map((f) => f.country);
      expect(diverted.length).toBeGreaterThan(0);
      await waitFor(() => expect([...still.container.querySelectorAll('.trust-route-diverted')].map((p) => p.getAttribute('data-country'))).toEqual(diverted));
      expect(within(still.container.querySelector('.trust-legend') as HTMLElement).getByText('Routes diverted to the attacker')).toBeInTheDocument();
      expect(screen.queryByText('Packets diverted to the attacker')).toBeNull();
    } finally {
      window.matchMedia = matchMedia;
    }
  });
});
