import { fetchBackboneOnce } from '../../src/data/load';
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Topology } from 'topojson-specification';
import { parseBackbone } from '../../src/data/load';
import { createExplorerStore } from '../../src/store/createExplorerStore';
import { Explorer } from '../../src/views/Explorer';
import { tinyBackbone, tinyDataset } from '../fixtures/loadFixture';

const topology = JSON.parse(readFileSync('node_modules/world-atlas/countries-110m.json', 'utf8')) as Topology;

function renderExplorer() {
  const store = createExplorerStore();
  const view = render(<Explorer backbone={tinyBackbone()} basemapTopology={topology} store={store} />);
  return { ...view, store };
}

const drawn = (container: HTMLElement, kind: string) => [...container.querySelectorAll(`svg [data-kind="${kind}"]`)].map((el) => el.getAttribute('data-id'));

describe('<Explorer>', () => {
  it('draws the cables in service, the PoP metros, the IXPs and the land', () => {
    const { container } = renderExplorer();
    expect(drawn(container, 'cable')).toEqual(['apollo']);
    expect(drawn(container, 'metro')).toEqual(['london', 'new-york', 'paris']);
    expect(drawn(container, 'ixp')).toEqual(['linx-lon1']);
    expect(drawn(container, 'link')).toEqual(['london-paris']);
    expect(container.querySelector('path.land')?.getAttribute('d')?.length).toBeGreaterThan(1000);
  });

  it('clicking a cable opens its details, and a landing point there selects that point', async () => {
    const { container } = renderExplorer();
    fireEvent.click(container.querySelector('[data-kind="cable"][data-id="apollo"] .line')!);
    const details = screen.getByRole('complementary', { name: 'Details: Apollo' });
    expect(within(details).getByText('2003')).toBeInTheDocument();
    expect(within(details).getByText('13,000 km')).toBeInTheDocument();
    expect(within(details).getByText('3.2 Tbit/s')).toBeInTheDocument();
    expect(within(details).getByText('Vodafone', { selector: 'dd > bdi' })).toBeInTheDocument();
    expect(within(details).getByRole('button', { name: 'Vodafone' })).toBeInTheDocument();
    await userEvent.click(within(details).getByRole('button', { name: 'Shirley, New York' }));
    const lpDetails = screen.getByRole('complementary', { name: 'Details: Shirley, New York' });
    expect(within(lpDetails).getByRole('button', { name: 'Apollo' })).toBeInTheDocument();
  });

  it('searching an ASN and pressing Enter selects the carrier and asks the map to zoom to it', async () => {
    const { store } = renderExplorer();
    const input = screen.getByRole('combobox', { name: /Search/ });
    await userEvent.type(input, 'AS3356');
    expect(screen.getByRole('option', { name: /Lumen Technologies/ })).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{Enter}');
    const details = screen.getByRole('complementary', { name: 'Details: Lumen Technologies' });
    expect(within(details).getByText('AS3356')).toBeInTheDocument();
    expect(within(details).getByRole('button', { name: 'New York' })).toBeInTheDocument();
    expect(store.getState().focus?.seq).toBe(1);
  });

  it('a selected carrier is drawn as its network: its cables, links and PoP cities, not one ring', () => {
    const { store, container } = renderExplorer();
    act(() => store.getState().select({ kind: 'carrier', id: 'lumen' }));
    const group = container.querySelector('.selection .group-highlight.selected')!;
    expect(group).not.toBeNull();
    const backbone = store.getState().backbone!;
    const pops = backbone.popsByCarrier.get('lumen')!.length;
    expect(group.querySelectorAll('.point-highlight').length).toBe(pops);
    const lines = backbone.dataset.cables.filter((c) => c.carriers?.includes('lumen')).length + backbone.dataset.terrestrialLinks.filter((l) => l.carriers?.includes('lumen')).length;
    expect(lines).toBeGreaterThan(0);
    expect(group.querySelectorAll('.line-highlight').length).toBe(lines);
  });

  it('a carrier’s details list its published peers, upstreams and customers, an access network as its country', () => {
    const dataset = tinyDataset();
    dataset.relationships = [
      { id: 'arelion-peers-lumen', kind: 'peering', peers: ['arelion', 'lumen'], sources: ['https://en.wikipedia.org/wiki/Tier_1_network'] },
      { id: 'vodafone-transit-arelion', kind: 'transit', customer: 'vodafone', provider: 'arelion', sources: ['https://example.org/a'] },
      { id: 'access-fr-transit-arelion', kind: 'transit', customer: 'access-fr', provider: 'arelion', sources: ['https://example.org/b'] },
    ];
    const parsed = parseBackbone(dataset);
    if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join('; '));
    const store = createExplorerStore();
    render(<Explorer backbone={parsed.backbone} basemapTopology={topology} store={store} />);
    act(() => store.getState().select({ kind: 'carrier', id: 'arelion' }));
    const details = screen.getByRole('complementary', { name: 'Details: Arelion' });
    const list = (title: RegExp) => within(within(details).getByRole('heading', { name: title }).closest('section')!).getAllByRole('button').map((b) => b.textContent);
    expect(list(/^Peers/)).toEqual(['Lumen Technologies']);
    expect(list(/^Sells transit to/)).toEqual(['Vodafone', 'Access networks in France']);
    expect(within(details).queryByRole('heading', { name: /^Buys transit from/ })).toBeNull();
  });

  it('arrow keys move through the results', async () => {
    renderExplorer();
    await userEvent.type(screen.getByRole('combobox', { name: /Search/ }), 'lon');
    const options = screen.getAllByRole('option');
    expect(options.length).toBeGreaterThan(1);
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getAllByRole('option')[1]).toHaveAttribute('aria-selected', 'true');
  });

  it('a side tab\'s panel is rendered once the tab is first opened, and kept when the reader switches away', async () => {
    const { container } = renderExplorer();
    const failoverPanel = () => container.querySelector('[role="tabpanel"][id$="-tabpanel-failover"]')!;
    // Never opened: nothing in it (the route inspector's lists of every city cost nothing while the page loads).
    expect(failoverPanel().children).toHaveLength(0);
    await userEvent.click(screen.getByRole('tab', { name: 'Failover' }));
    expect(within(failoverPanel() as HTMLElement).getByRole('heading', { name: 'Route inspector' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('tab', { name: 'Map' }));
    expect(failoverPanel()).not.toBeVisible();
    expect(failoverPanel().querySelector('.inspector')).not.toBeNull();
  });

  it('turning the submarine layer off removes the cables', async () => {
    const { container } = renderExplorer();
    await userEvent.click(screen.getByRole('checkbox', { name: /Submarine cables/ }));
    expect(drawn(container, 'cable')).toEqual([]);
    expect(drawn(container, 'metro')).toHaveLength(3);
  });

  it('moving the year slider past a planned cable’s RFS draws it as planned', () => {
    const { container } = renderExplorer();
    fireEvent.change(screen.getByRole('slider', { name: /Year/ }), { target: { value: '2023' } });
    expect(drawn(container, 'cable')).toEqual(['apollo', 'amitie']);
    expect(container.querySelector('[data-id="amitie"]')).toHaveClass('cable--planned');
  });

  it('the carrier filter keeps only that carrier’s PoPs and links', async () => {
    const { container } = renderExplorer();
    await userEvent.click(screen.getByRole('checkbox', { name: /Arelion/ }));
    expect(drawn(container, 'metro')).toEqual(['london', 'paris']);
    expect(drawn(container, 'cable')).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'show all' }));
    expect(drawn(container, 'metro')).toHaveLength(3);
  });

  it('the theme button switches between dark and light', async () => {
    const { container } = renderExplorer();
    expect(container.querySelector('.explorer')).toHaveAttribute('data-theme', 'dark');
    await userEvent.click(screen.getByRole('button', { name: 'Switch to the light theme' }));
    expect(container.querySelector('.explorer')).toHaveAttribute('data-theme', 'light');
  });

  it('two explorers on one page keep their own selection', () => {
    render(
      <>
        <Explorer backbone={tinyBackbone()} basemapTopology={topology} />
        <Explorer backbone={tinyBackbone()} basemapTopology={topology} />
      </>,
    );
    const cables = document.querySelectorAll('[data-kind="cable"] .line');
    fireEvent.click(cables[0]!);
    expect(screen.getAllByRole('complementary', { name: 'Details: Apollo' })).toHaveLength(1);
  });

  it('renders strings from the dataset as text, never as HTML', async () => {
    const d = tinyDataset();
    d.metros[0]!.name = '<img src=x onerror="alert(1)">London';
    const result = parseBackbone(d);
    if (!result.ok) throw new Error('fixture should stay valid');
    const { container } = render(<Explorer backbone={result.backbone} basemapTopology={topology} />);
    act(() => {
      fireEvent.click(container.querySelector('[data-kind="metro"][data-id="london"]')!);
    });
    expect(screen.getByRole('heading', { name: '<img src=x onerror="alert(1)">London' })).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
  });

  it('shows the problems of an invalid dataset instead of a half-loaded map, and logs them all', async () => {
    const d = tinyDataset();
    d.pops[0]!.metro = 'atlantis';
    d.metros[1]!.lat = 123;
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const fetchMock = vi.fn(async () => new Response(JSON.stringify(d), { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    try {
      const { container } = render(<Explorer datasetUrl="/data.json" basemapTopology={topology} loadDataset={fetchBackboneOnce} />);
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent('metros[1] "new-york".lat: latitude must be between -90 and 90');
      expect(container.querySelector('svg [data-kind]')).toBeNull();
      await waitFor(() => expect(error).toHaveBeenCalledWith(expect.stringContaining('metros[1] "new-york".lat')));
    } finally {
      vi.unstubAllGlobals();
      error.mockRestore();
    }
  });
});
