import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Topology } from 'topojson-specification';
import { createExplorerStore } from '../../src/store/createExplorerStore';
import { Explorer } from '../../src/views/Explorer';
import { createLocalEngineClient } from '../../src/worker/engineClient';
import { parseBackbone } from '../../src/data/load';

function loadBackbone() {
  const result = parseBackbone(JSON.parse(readFileSync('tests/fixtures/engine-tiny.json', 'utf8')));
  if (!result.ok) throw new Error('tests/fixtures/engine-tiny.json is invalid');
  return result.backbone;
}

const topology = JSON.parse(readFileSync('node_modules/world-atlas/countries-110m.json', 'utf8')) as Topology;

function renderFailover() {
  const store = createExplorerStore();
  const view = render(<Explorer backbone={loadBackbone()} basemapTopology={topology} store={store} createEngine={createLocalEngineClient} />);
  return { ...view, store };
}

async function selectCable(name: string) {
  await userEvent.type(screen.getByRole('combobox', { name: /Search/ }), name);
  await userEvent.keyboard('{Enter}');
  return screen.getByRole('complementary', { name: `Details: ${name}` });
}

/** Opens the Failover tab and asks the route inspector for a route. */
async function inspectRoute(from: string, to: string) {
  await userEvent.click(screen.getByRole('tab', { name: 'Failover' }));
  const inspector = screen.getByRole('region', { name: 'Route inspector' });
  await userEvent.selectOptions(within(inspector).getByRole('combobox', { name: 'From' }), from);
  await userEvent.selectOptions(within(inspector).getByRole('combobox', { name: 'To' }), to);
  return inspector;
}

describe('cutting and restoring in <Explorer>', () => {
  it('“Cut the whole cable” lists the cut, shows the impact and announces it; “Restore all” brings the intact network back', async () => {
    const { container } = renderFailover();
    const details = await selectCable('FARICE-1');
    await userEvent.click(within(details).getByRole('button', { name: 'Cut the whole cable' }));
    expect(within(details).getByRole('button', { name: 'Restore the whole cable' })).toHaveAttribute('aria-pressed', 'true');

    // The Failover tab opens in an effect after the cut: wait for it (Preact runs effects after the next frame).
    const cutList = await screen.findByRole('region', { name: /^Cut/ });
    expect(within(cutList).getByText(/FARICE-1/)).toBeInTheDocument();
    const impact = await screen.findByRole('region', { name: 'Impact' });
    expect(within(impact).getByRole('button', { name: 'Faroe Islands' })).toBeInTheDocument();
    expect(container.querySelector('[aria-live="polite"]')).toHaveTextContent(/Cut FARICE-1\..*cut off: Faroe Islands/);
    expect(container.querySelectorAll('.scenario .severed').length).toBe(2);

    await userEvent.click(within(cutList).getByRole('button', { name: 'Restore all' }));
    expect(screen.queryByRole('region', { name: 'Impact' })).toBeNull();
    expect(within(screen.getByRole('region', { name: /^Cut/ })).getByText(/Nothing is cut/)).toBeInTheDocument();
    expect(container.querySelectorAll('.scenario .severed').length).toBe(0);
  });

  it('a single segment can be cut from the cable’s segment list', async () => {
    const { store } = renderFailover();
    const details = await selectCable('FARICE-1');
    const segments = within(details).getAllByRole('button', { name: 'Cut segment' });
    expect(segments).toHaveLength(2);
    await userEvent.click(segments[1]!);
    expect(store.getState().cuts.segments).toEqual(['farice-1#1']);
  });

  it('the route inspector shows the RTT beside the fibre floor, and its rise after a cut', async () => {
    const { store } = renderFailover();
    const inspector = await inspectRoute('new-york', 'london');
    expect(await within(inspector).findByText('Fibre floor')).toBeInTheDocument();
    store.getState().cut({ kind: 'cable', id: 'grace-hopper' });
    expect(await within(inspector).findByText('Intact')).toBeInTheDocument();
    expect(within(inspector).getByText(/\(\+\d+\.\d ms\)/)).toBeInTheDocument();
  });

  it('the route inspector names the networks that carry the route, where each hands over, and what the cut made BGP do', async () => {
    const { store } = renderFailover();
    const inspector = await inspectRoute('new-york', 'london');
    const networks = await within(inspector).findByRole('list');
    const hops = within(networks).getAllByRole('listitem').map((li) => li.textContent);
    expect(hops[0]).toMatch(/^Access networks in United States New York · hands over to its provider$/);
    expect(hops[1]).toMatch(/^(Lumen|Zayo).* AS\d+ New York → London · hands over to its customer$/);
    expect(hops[2]).toMatch(/^Access networks in United Kingdom London$/);
    store.getState().cut({ kind: 'cable', id: 'grace-hopper' });
    // Worked out by hand on the fixture: Lumen carries New York–London over Grace Hopper; without it, over its
    // other cables (AEC-1 to Ireland, Rockabill on to Britain): it reroutes inside its own network.
    expect(await within(inspector).findByText('The same networks still carry it: Lumen rerouted inside its own network, now over America Europe Connect-1, Rockabill.')).toBeInTheDocument();
    // Before and after, side by side, each network with its colour on the map.
    expect(within(inspector).getByRole('heading', { name: 'Before the cuts' })).toBeInTheDocument();
    expect(within(inspector).getByRole('heading', { name: 'Now' })).toBeInTheDocument();
    expect(within(inspector).getAllByRole('list')).toHaveLength(2);
  });

  it('the impact lists each affected country with its severity and what happened to its traffic, minor ones folded', async () => {
    const { store } = renderFailover();
    await userEvent.click(screen.getByRole('tab', { name: 'Failover' }));
    store.getState().cut({ kind: 'cable', id: 'grace-hopper' });
    const impact = await screen.findByRole('region', { name: 'Impact' });
    const countries = within(impact).getByText('Countries affected');
    expect(countries).toBeInTheDocument();
    const us = within(impact).getByRole('button', { name: 'United States' }).closest('li')!;
    expect(us.textContent).toMatch(/(Severe|Moderate|Minor).*rerouted/);
    expect(us.textContent).toMatch(/of border capacity cut \(350 Tbit\/s\)/);
    expect(within(impact).getByText(/^Modelled:/)).toBeInTheDocument();
  });
});

describe('the impact beside the control, and the legend of the map', () => {
  it('after a cut the details show the impact in one line, “Full impact” opens the Failover tab, and the legend names what is drawn', async () => {
    const { store, container } = renderFailover();
    expect(container.querySelector('.map-legend')).toBeNull();
    const details = await selectCable('FARICE-1');
    await userEvent.click(within(details).getByRole('button', { name: 'Cut the whole cable' }));
    const summary = within(details).getByRole('region', { name: 'What the cuts did' });
    await within(summary).findByText(/1 country cut off/);
    const legend = container.querySelector('.map-legend') as HTMLElement;
    expect(legend).not.toBeNull();
    expect(within(legend).getByText('Cut: severed cable or link, crossed out')).toBeInTheDocument();
    // Only what is drawn: no inspected route, no ranking, no area.
    expect(within(legend).queryByText(/^Route in the route inspector/)).toBeNull();
    expect(within(legend).queryByText('Most critical cables (N-1 ranking)')).toBeNull();

    store.getState().setSideTab('map');
    await userEvent.click(within(summary).getByRole('button', { name: 'Full impact' }));
    expect(store.getState()).toMatchObject({ sideTab: 'failover', panelOpen: true });
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Impact' })).toHaveFocus());

    await userEvent.click(within(await screen.findByRole('region', { name: /^Cut/ })).getByRole('button', { name: 'Restore all' }));
    expect(within(details).queryByRole('region', { name: 'What the cuts did' })).toBeNull();
    expect(container.querySelector('.map-legend')).toBeNull();
  });
});

describe('the country view', () => {
  it('says what the current cuts do to the country: cut off, its severity, or not affected', async () => {
    const { store } = renderFailover();
    await userEvent.click(within(await selectCable('FARICE-1')).getByRole('button', { name: 'Cut the whole cable' }));
    await screen.findByRole('region', { name: 'Impact' });
    store.getState().select({ kind: 'country', id: 'FO' });
    const details = await screen.findByRole('complementary', { name: /^Details: Faroe Islands/ });
    expect(within(details).getByRole('heading', { name: 'Under the current cuts' }).nextElementSibling).toHaveTextContent('Cut off from the rest of the world');
  });
});

describe('the carrier lens and the country view show the networks as the engine routes them', () => {
  it("a carrier's peers and customers, published or modelled, and what the cuts do to its routes", async () => {
    const { store } = renderFailover();
    store.getState().select({ kind: 'carrier', id: 'lumen' });
    const details = await screen.findByRole('complementary', { name: /^Details: Lumen/ });
    // Once the engine has answered, its relationships: the Tier 1 mesh (Zayo) and, by the model's rule, the access networks where Lumen is present.
    const peers = await within(details).findByRole('heading', { name: /^Peers \(settlement-free\)/ });
    expect(peers.closest('section')).toHaveTextContent('Zayo');
    const customers = within(details).getByRole('heading', { name: /^Sells transit to/ }).closest('section')!;
    expect(within(customers).getByRole('button', { name: 'Access networks in Ireland' }).parentElement).toHaveTextContent('modelled');
    expect(within(details).queryByRole('heading', { name: 'Under the current cuts' })).toBeNull();
    store.getState().cut({ kind: 'cable', id: 'grace-hopper' });
    const under = await within(details).findByRole('heading', { name: 'Under the current cuts' });
    expect(under.nextElementSibling).toHaveTextContent(/it still carries 2 \(rerouted inside its own network.*withdrew 0.*took over 0, and lost 0/);
  });

  it("a country's upstreams with the share of its international traffic each carries first", async () => {
    const { store } = renderFailover();
    store.getState().select({ kind: 'country', id: 'IE' });
    const details = await screen.findByRole('complementary', { name: /^Details: Ireland/ });
    const heading = await within(details).findByRole('heading', { name: /^Upstreams: share of its international traffic/ });
    expect(heading.closest('section')).toHaveTextContent(/Lumen.*100 % · AS3356/);
  });
});
