import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Topology } from 'topojson-specification';
import type { Dataset, Facility } from '../../src/data/schema';
import { parseBackbone } from '../../src/data/load';
import { createExplorerStore } from '../../src/store/createExplorerStore';
import { Explorer } from '../../src/views/Explorer';
import { createLocalEngineClient } from '../../src/worker/engineClient';

const topology = JSON.parse(readFileSync('node_modules/world-atlas/countries-110m.json', 'utf8')) as Topology;
const source = { sources: ['https://example.org/regions'] };
const FACILITIES: Facility[] = [
  { id: 'example-eu-west-9', type: 'cloud-region', name: 'Example Cloud London', operator: 'Example Cloud', metro: 'london', lat: 51.5, lon: -0.12, regionCode: 'eu-west-9', since: 2015, ...source },
  { id: 'harbour-dc', type: 'data-centre', name: 'Harbour Exchange', operator: 'Example DC', metro: 'new-york', lat: 40.7, lon: -74, ...source },
];

function renderWithFacilities() {
  const dataset = { ...(JSON.parse(readFileSync('tests/fixtures/engine-tiny.json', 'utf8')) as Dataset), facilities: FACILITIES };
  const parsed = parseBackbone(dataset);
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.where}: ${p.message}`).join('; '));
  const store = createExplorerStore();
  const view = render(<Explorer backbone={parsed.backbone} basemapTopology={topology} store={store} createEngine={createLocalEngineClient} />);
  return { ...view, store };
}

const drawn = (container: HTMLElement) => [...container.querySelectorAll('svg [data-kind="facility"]')].map((el) => el.getAttribute('data-id'));

describe('data centres and cloud regions in <Explorer>', () => {
  it('are a layer of their own, off at first, switched on from the legend, and follow the year slider', async () => {
    const { container, store } = renderWithFacilities();
    expect(drawn(container)).toEqual([]);
    await userEvent.click(screen.getByRole('checkbox', { name: /Data centres and cloud regions/ }));
    expect(drawn(container)).toEqual(['example-eu-west-9', 'harbour-dc']);
    expect(container.querySelector('[data-id="example-eu-west-9"]')).toHaveClass('facility', 'facility--cloud-region');
    // Before the region opened it is not drawn; one without a known year is drawn in every year.
    act(() => store.getState().setYear(2010));
    expect(drawn(container)).toEqual(['harbour-dc']);
  });

  it('one selected while the layer is off (from search or a link) is still drawn where it is, with the selection ring', async () => {
    const { container, store } = renderWithFacilities();
    expect(drawn(container)).toEqual([]);
    act(() => store.getState().select({ kind: 'facility', id: 'harbour-dc' }));
    expect(drawn(container)).toEqual(['harbour-dc']);
    const marker = container.querySelector('.selection [data-id="harbour-dc"]')!;
    expect(marker).toHaveClass('facility', 'facility--data-centre');
    expect(marker.nextElementSibling).toHaveClass('point-highlight');
    // With the layer on, the layer draws it, once.
    await userEvent.click(screen.getByRole('checkbox', { name: /Data centres and cloud regions/ }));
    expect(drawn(container).filter((id) => id === 'harbour-dc')).toHaveLength(1);
  });

  it('clicking one opens its details: type, operator, region code, year or "opening year unknown", its city and its sources', async () => {
    const { container } = renderWithFacilities();
    await userEvent.click(screen.getByRole('checkbox', { name: /Data centres and cloud regions/ }));
    fireEvent.click(container.querySelector('[data-kind="facility"][data-id="example-eu-west-9"]')!);
    const region = screen.getByRole('complementary', { name: 'Details: Example Cloud London' });
    expect(within(region).getByText('Cloud region')).toBeInTheDocument();
    expect(within(region).getByText('Example Cloud')).toBeInTheDocument();
    expect(within(region).getByText('eu-west-9')).toBeInTheDocument();
    expect(within(region).getByText('2015')).toBeInTheDocument();
    expect(within(region).getByRole('button', { name: 'London' })).toBeInTheDocument();
    expect(within(region).getByRole('link', { name: 'example.org' })).toHaveAttribute('href', 'https://example.org/regions');

    fireEvent.click(container.querySelector('[data-kind="facility"][data-id="harbour-dc"]')!);
    const dc = screen.getByRole('complementary', { name: 'Details: Harbour Exchange' });
    expect(within(dc).getByText('Data centre')).toBeInTheDocument();
    expect(within(dc).getByText('opening year unknown')).toBeInTheDocument();
    expect(within(dc).queryByText('Region code')).toBeNull();
  });

  it('a city lists its data centres and cloud regions, and "Route from here" on one makes it the route’s end', async () => {
    const { store } = renderWithFacilities();
    act(() => store.getState().select({ kind: 'metro', id: 'london' }));
    const city = screen.getByRole('complementary', { name: 'Details: London' });
    await userEvent.click(within(city).getByRole('button', { name: 'Example Cloud London' }));
    const region = screen.getByRole('complementary', { name: 'Details: Example Cloud London' });
    await userEvent.click(within(region).getByRole('button', { name: /Route from here/ }));
    expect(store.getState().inspector.from).toBe('example-eu-west-9');
  });

  it('the route inspector offers them as ends and routes them as their cities', async () => {
    renderWithFacilities();
    await userEvent.click(screen.getByRole('tab', { name: 'Failover' }));
    const inspector = screen.getByRole('region', { name: 'Route inspector' });
    await userEvent.selectOptions(within(inspector).getByRole('combobox', { name: 'From' }), 'harbour-dc');
    await userEvent.selectOptions(within(inspector).getByRole('combobox', { name: 'To' }), 'example-eu-west-9');
    expect(await within(inspector).findByText('Fibre floor')).toBeInTheDocument();
    expect(within(inspector).getByText('RTT now').nextElementSibling).toHaveTextContent(/^\d+(\.\d)? ms$/);
    // The networks that carry it start in the data centre's city and end in the region's.
    const hops = within(within(inspector).getByRole('list')).getAllByRole('listitem').map((li) => li.textContent);
    expect(hops[0]).toMatch(/New York/);
    expect(hops[hops.length - 1]).toMatch(/London$/);
  });
});
