import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import type { Topology } from 'topojson-specification';
import type { Dataset } from '../../src/data/schema';
import { parseBackbone } from '../../src/data/load';
import { createExplorerStore } from '../../src/store/createExplorerStore';
import { Explorer } from '../../src/views/Explorer';
import { createLocalEngineClient } from '../../src/worker/engineClient';

const topology = JSON.parse(readFileSync('node_modules/world-atlas/countries-110m.json', 'utf8')) as Topology;

type PopList = NonNullable<Dataset['carriers'][number]['popList']>;
const LUMEN_LIST: PopList = { list: 'Lumen’s BGP location communities', url: 'https://example.org/as3356-communities', year: 2024 };

/** The engine fixture with the given PoP lists of Lumen and Zayo. */
function renderWithLists(lists: { lumen?: PopList; zayo?: PopList }) {
  const dataset = JSON.parse(readFileSync('tests/fixtures/engine-tiny.json', 'utf8')) as Dataset;
  for (const carrier of dataset.carriers) {
    const popList = lists[carrier.id as 'lumen' | 'zayo'];
    if (popList) carrier.popList = popList;
  }
  const parsed = parseBackbone(dataset);
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.where}: ${p.message}`).join('; '));
  const store = createExplorerStore();
  render(<Explorer backbone={parsed.backbone} basemapTopology={topology} store={store} createEngine={createLocalEngineClient} />);
  return store;
}

/** The text of the fact labelled `label` in a details panel. */
function fact(panel: HTMLElement, label: string): HTMLElement {
  const term = within(panel).getAllByRole('term').find((dt) => dt.textContent === label);
  if (!term) throw new Error(`no fact "${label}"`);
  return term.nextElementSibling as HTMLElement;
}

describe('a carrier’s PoP list in its details', () => {
  it('says a current list is complete, a 2010 one dated, and links to each', () => {
    const store = renderWithLists({ lumen: LUMEN_LIST, zayo: { list: 'Zayo’s network map of 2010', url: 'https://example.org/zayo-2010-map', year: 2010 } });
    act(() => store.getState().select({ kind: 'carrier', id: 'lumen' }));
    const lumen = fact(screen.getByRole('complementary', { name: 'Details: Lumen' }), 'PoP list');
    expect(lumen.textContent).toBe('Complete against its own list (2024): a PoP in every city of that list that this map shows: Lumen’s BGP location communities');
    expect(within(lumen).getByRole('link').getAttribute('href')).toBe('https://example.org/as3356-communities');

    act(() => store.getState().select({ kind: 'carrier', id: 'zayo' }));
    const zayo = fact(screen.getByRole('complementary', { name: 'Details: Zayo' }), 'PoP list');
    expect(zayo.textContent).toMatch(/^Checked against its own list of 2010: PoPs opened or closed since may be missing: /);
    expect(within(zayo).getByRole('link').getAttribute('href')).toBe('https://example.org/zayo-2010-map');
  });

  it('says so where no list was found, and renders a list’s name as text, never as markup', () => {
    const store = renderWithLists({ zayo: { list: '<img src=x onerror="window.__popped=1">', url: 'https://example.org/zayo', year: 2024 } });
    act(() => store.getState().select({ kind: 'carrier', id: 'lumen' }));
    const lumen = fact(screen.getByRole('complementary', { name: 'Details: Lumen' }), 'PoP list');
    expect(lumen.textContent).toBe('No published list found: its PoPs come from reports, each cited, and may be incomplete');
    expect(within(lumen).queryByRole('link')).toBeNull();

    act(() => store.getState().select({ kind: 'carrier', id: 'zayo' }));
    const zayo = fact(screen.getByRole('complementary', { name: 'Details: Zayo' }), 'PoP list');
    expect(zayo.textContent).toContain('<img src=x onerror="window.__popped=1">');
    expect(zayo.querySelector('img')).toBeNull();
  });

  it('gives each PoP in the list the year it is known from, as a city’s details do: its opening year, else its list’s', () => {
    const dataset = JSON.parse(readFileSync('tests/fixtures/engine-tiny.json', 'utf8')) as Dataset;
    const [opened, listed] = dataset.pops.filter((p) => p.carrier === 'lumen');
    opened!.since = 2019;
    listed!.listed = 2024;
    const parsed = parseBackbone(dataset);
    if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.where}: ${p.message}`).join('; '));
    const store = createExplorerStore();
    render(<Explorer backbone={parsed.backbone} basemapTopology={topology} store={store} createEngine={createLocalEngineClient} />);
    act(() => store.getState().select({ kind: 'carrier', id: 'lumen' }));
    const panel = screen.getByRole('complementary', { name: 'Details: Lumen' });
    const pops = within(panel).getByRole('heading', { name: /^Points of presence/ }).closest('section')!;
    const itemOf = (metroId: string) => {
      const name = parsed.backbone.metros.get(metroId)!.name;
      return within(pops).getAllByRole('listitem').find((li) => within(li).queryByRole('button', { name }))!;
    };
    expect(itemOf(opened!.metro).textContent).toContain('here since 2019');
    expect(itemOf(listed!.metro).textContent).toContain('on its current list (2024; opening year unknown: shown from 2020, as a current list’s PoPs are)');
  });
});
