import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Topology } from 'topojson-specification';
import { parseBackbone } from '../../src/data/load';
import type { Backbone } from '../../src/data/normalize';
import { createFormatters } from '../../src/i18n/format';
import { messagesFor } from '../../src/i18n/messages';
import type { Lang } from '../../src/i18n/messages';
import { createExplorerStore } from '../../src/store/createExplorerStore';
import { Explorer } from '../../src/views/Explorer';
import { LIST_DEFINITIONS } from '../../src/views/panels/lists/lists';
import type { ListWords } from '../../src/views/panels/lists/listTypes';
import { tableCsv } from '../../src/views/panels/lists/tableCsv';
import { filterRows, sortRows } from '../../src/views/panels/lists/tableRows';
import { tinyBackbone, tinyDataset } from '../fixtures/loadFixture';

const topology = JSON.parse(readFileSync('node_modules/world-atlas/countries-110m.json', 'utf8')) as Topology;

const words = (lang: Lang = 'en'): ListWords => ({ m: messagesFor(lang), f: createFormatters(lang), lang });

/** The explorer with the table shown; `year` as the store's year (the fixture's own is 2022, when Amitié is not yet in service). */
function renderTable({ year, lang, backbone = tinyBackbone() }: { year?: number; lang?: Lang; backbone?: Backbone } = {}) {
  const store = createExplorerStore(lang ? { lang } : {});
  const view = render(<Explorer backbone={backbone} basemapTopology={topology} store={store} />);
  act(() => {
    if (year) store.getState().setYear(year);
    store.getState().setAreaView('table');
  });
  return { ...view, store };
}

const table = () => screen.getByRole('table');
/** The names in the table's rows, top to bottom. */
const names = () => within(table()).queryAllByRole('rowheader').map((th) => th.textContent);
const header = (name: RegExp | string) => within(table()).getByRole('columnheader', { name });
/** The line above the table that says what the list holds (the explorer's live region is another status). */
const summary = () => within(screen.getByRole('region', { name: 'Table' })).getByRole('status');
/** A list in the list picker (a column can have the same name, as Countries does). */
const pickList = (name: string) => userEvent.click(within(screen.getByRole('group', { name: 'Lists' })).getByRole('button', { name }));

afterEach(() => vi.restoreAllMocks());

describe('the Map/Table switch', () => {
  it('pressing Table swaps the map for the table, keeps focus on the button and leaves the side panel in place', async () => {
    const store = createExplorerStore();
    const { container } = render(<Explorer backbone={tinyBackbone()} basemapTopology={topology} store={store} />);
    const switcher = screen.getByRole('group', { name: 'Show' });
    expect(within(switcher).getByRole('button', { name: 'Map' })).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(within(switcher).getByRole('button', { name: 'Table' }));
    expect(store.getState().areaView).toBe('table');
    expect(container.querySelector('svg.map-svg')).toBeNull();
    expect(table()).toBeInTheDocument();
    expect(within(switcher).getByRole('button', { name: 'Table' })).toHaveFocus();
    expect(within(switcher).getByRole('button', { name: 'Table' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('complementary', { name: 'Controls' })).toBeInTheDocument();
    await userEvent.click(within(switcher).getByRole('button', { name: 'Map' }));
    expect(container.querySelector('svg.map-svg')).not.toBeNull();
  });

  it('is offered only by the full explorer, whose details panel the names open', () => {
    render(<Explorer backbone={tinyBackbone()} basemapTopology={topology} controls="minimal" />);
    expect(screen.queryByRole('group', { name: 'Show' })).toBeNull();
  });
});

describe('<ListsView> sorting', () => {
  it('starts by name, A to Z, with aria-sort on the Name header only', () => {
    renderTable({ year: 2023 });
    expect(names()).toEqual(['Amitié', 'Apollo']);
    expect(header(/^Name/)).toHaveAttribute('aria-sort', 'ascending');
    expect(header(/^Length/)).not.toHaveAttribute('aria-sort');
  });

  it('clicking Length sorts shortest first, clicking again longest first, and aria-sort follows', async () => {
    renderTable({ year: 2023 });
    await userEvent.click(within(header(/^Length/)).getByRole('button'));
    expect(names()).toEqual(['Amitié', 'Apollo']);
    expect(header(/^Length/)).toHaveAttribute('aria-sort', 'ascending');
    expect(header(/^Name/)).not.toHaveAttribute('aria-sort');
    await userEvent.click(within(header(/^Length/)).getByRole('button'));
    expect(names()).toEqual(['Apollo', 'Amitié']);
    expect(header(/^Length/)).toHaveAttribute('aria-sort', 'descending');
  });

  it('the headers sort from the keyboard: Tab to a header, Enter, then Space reverses', async () => {
    renderTable({ year: 2023 });
    const button = within(header(/^Ready for service/)).getByRole('button');
    button.focus();
    await userEvent.keyboard('{Enter}');
    expect(names()).toEqual(['Apollo', 'Amitié']);
    await userEvent.keyboard(' ');
    expect(names()).toEqual(['Amitié', 'Apollo']);
    expect(header(/^Ready for service/)).toHaveAttribute('aria-sort', 'descending');
  });

  it('each list keeps its own order when the reader switches lists', async () => {
    const { store } = renderTable({ year: 2023 });
    await userEvent.click(within(header(/^Length/)).getByRole('button'));
    await pickList('Carriers');
    expect(header(/^Name/)).toHaveAttribute('aria-sort', 'ascending');
    await pickList('Cables');
    expect(header(/^Length/)).toHaveAttribute('aria-sort', 'ascending');
    expect(store.getState().tableSort.cables).toEqual({ column: 'lengthKm', descending: false });
  });

  it('sortRows(rows, sort, lang) puts unknown values last in either direction and breaks ties by name', () => {
    const rows = LIST_DEFINITIONS.cables.rows(tinyBackbone(), { year: 2023, carrierFilter: new Set() }, words());
    // Amitié has no published capacity.
    expect(sortRows(rows, { column: 'capacityTbps', descending: false }, 'en').map((r) => r.ref.id)).toEqual(['apollo', 'amitie']);
    expect(sortRows(rows, { column: 'capacityTbps', descending: true }, 'en').map((r) => r.ref.id)).toEqual(['apollo', 'amitie']);
    // Both are owned by Vodafone, among others: the same owners text would tie, and ties go by name.
    expect(sortRows(rows, { column: 'status', descending: true }, 'en').map((r) => r.ref.id)).toEqual(['amitie', 'apollo']);
  });
});

describe('<ListsView> filtering', () => {
  it('the filter box keeps the rows in which every word appears, ignoring case and accents, and the summary says how many', async () => {
    renderTable({ year: 2023 });
    await userEvent.type(screen.getByRole('searchbox', { name: 'Filter cables' }), 'AMITIE');
    expect(names()).toEqual(['Amitié']);
    expect(summary()).toHaveTextContent('2 cables in the network of 2023 · 1 row matches “AMITIE”');
    await userEvent.clear(screen.getByRole('searchbox', { name: 'Filter cables' }));
    await userEvent.type(screen.getByRole('searchbox', { name: 'Filter cables' }), 'vodafone france');
    expect(names()).toEqual(['Amitié']);
    await userEvent.type(screen.getByRole('searchbox', { name: 'Filter cables' }), 'x');
    expect(names()).toEqual([]);
    expect(table()).toHaveTextContent('Nothing matches “vodafone francex”.');
  });

  it('finds a carrier by its AS number, written or not with "AS"', () => {
    const rows = LIST_DEFINITIONS.carriers.rows(tinyBackbone(), { year: 2022, carrierFilter: new Set() }, words());
    const columns = LIST_DEFINITIONS.carriers.columns;
    expect(filterRows(rows, columns, '1299', words()).map((r) => r.ref.id)).toEqual(['arelion']);
    expect(filterRows(rows, columns, 'as3356', words()).map((r) => r.ref.id)).toEqual(['lumen']);
  });

  it('the carriers list gives the year of each carrier’s own PoP list, none where no list was found, and sorts by it', () => {
    const dataset = tinyDataset();
    dataset.carriers.find((c) => c.id === 'lumen')!.popList = { list: 'Lumen’s BGP location communities', url: 'https://example.org/as3356', year: 2021 };
    const parsed = parseBackbone(dataset);
    if (!parsed.ok) throw new Error('fixture');
    const rows = LIST_DEFINITIONS.carriers.rows(parsed.backbone, { year: 2022, carrierFilter: new Set() }, words());
    expect(Object.fromEntries(rows.map((r) => [r.ref.id, r.cells.popList]))).toMatchObject({ lumen: 2021, arelion: null });
    const sorted = sortRows(rows, { column: 'popList', descending: true }, 'en');
    expect(sorted[0]!.ref.id).toBe('lumen');
    expect(tableCsv(LIST_DEFINITIONS.carriers.columns, sorted, words()).split('\r\n')[0]).toContain('Own PoP list (year)');
  });

  it('the carriers list counts the PoPs and countries of the year, as the map draws them: one known only from a 2024 list is left out of 2019', () => {
    const dataset = tinyDataset();
    const lumenPops = dataset.pops.filter((p) => p.carrier === 'lumen');
    const later = lumenPops[lumenPops.length - 1]!;
    // A current list (2020 on) counts from 2020.
    later.listed = 2024;
    const parsed = parseBackbone(dataset);
    if (!parsed.ok) throw new Error('fixture');
    const lumenIn = (year: number) => LIST_DEFINITIONS.carriers.rows(parsed.backbone, { year, carrierFilter: new Set() }, words()).find((r) => r.ref.id === 'lumen')!;
    const countriesOf = (pops: typeof lumenPops) => new Set(pops.map((p) => dataset.metros.find((m) => m.id === p.metro)!.country)).size;
    expect(lumenIn(2020).cells.pops).toBe(lumenPops.length);
    expect(lumenIn(2019).cells.pops).toBe(lumenPops.length - 1);
    expect(lumenIn(2019).cells.countries).toBe(countriesOf(lumenPops.filter((p) => p !== later)));
    expect(lumenIn(2020).cells.countries).toBe(countriesOf(lumenPops));
  });

  it('the year slider’s year applies: a cable planned for 2023 is listed from 2023, an IXP founded in 1994 from 1994', () => {
    const { store } = renderTable();
    expect(names()).toEqual(['Apollo']);
    expect(summary()).toHaveTextContent('1 cable in the network of 2022');
    act(() => store.getState().setYear(2023));
    expect(names()).toEqual(['Amitié', 'Apollo']);
    act(() => {
      store.getState().setTableList('ixps');
      store.getState().setYear(1993);
    });
    expect(names()).toEqual([]);
    expect(table()).toHaveTextContent('Nothing to list with this year and these carriers.');
    act(() => store.getState().setYear(1994));
    expect(names()).toEqual(['LINX LON1']);
  });

  it('the carrier filter applies where it means something: cables they own, the carriers themselves, cables landing in a country', async () => {
    const { store } = renderTable({ year: 2023 });
    await userEvent.click(screen.getByRole('checkbox', { name: /Vodafone/ }));
    expect(names()).toEqual(['Amitié', 'Apollo']);
    await userEvent.click(screen.getByRole('checkbox', { name: /Vodafone/ }));
    await userEvent.click(screen.getByRole('checkbox', { name: /Arelion/ }));
    expect(names()).toEqual([]);
    expect(summary()).toHaveTextContent('0 cables in the network of 2023 · filtered to the 1 carrier selected');
    act(() => store.getState().setTableList('carriers'));
    expect(names()).toEqual(['Arelion']);
    act(() => store.getState().setTableList('countries'));
    const uk = within(table()).getByRole('row', { name: /United Kingdom/ });
    // Cities, IXPs, cables landing: LINX is not a carrier's, so it stays; no cable of Arelion lands.
    expect(within(uk).getAllByRole('cell').map((c) => c.textContent)).toEqual(['1', '1', '0']);
    act(() => store.getState().setTableList('ixps'));
    expect(names()).toEqual(['LINX LON1']);
  });
});

describe('<ListsView> rows', () => {
  it('shows each list’s columns, numbers for the language and "–" (said as "not published") for unknowns', () => {
    renderTable({ year: 2023 });
    const amitie = within(table()).getByRole('row', { name: /Amitié/ });
    expect(within(amitie).getAllByRole('cell').map((c) => c.textContent)).toEqual([
      'Planned',
      '2023',
      '6,783',
      '–not published',
      'Meta, Microsoft, Vodafone, Aqua Comms',
      'France, United Kingdom, United States',
    ]);
    act(() => within(screen.getByRole('group', { name: 'Lists' })).getByRole('button', { name: 'IXPs' }).click());
    const linx = within(table()).getByRole('row', { name: /LINX/ });
    expect(within(linx).getAllByRole('cell').map((c) => c.textContent)).toEqual(['London', 'United Kingdom', '1994', '5.17', '900']);
    act(() => within(screen.getByRole('group', { name: 'Lists' })).getByRole('button', { name: 'Carriers' }).click());
    const lumen = within(table()).getByRole('row', { name: /Lumen/ });
    expect(within(lumen).getAllByRole('cell').map((c) => c.textContent)).toEqual(['AS3356', '1', 'United States', '2', '–not published', '2', '0']);
  });

  it('in German, headers and numbers are German', () => {
    renderTable({ year: 2023, lang: 'de' });
    expect(header(/^Länge \(km\)/)).toBeInTheDocument();
    const amitie = within(table()).getByRole('row', { name: /Amitié/ });
    expect(within(amitie).getAllByRole('cell').map((c) => c.textContent).slice(0, 3)).toEqual(['Geplant', '2023', '6.783']);
    expect(screen.getByRole('searchbox', { name: 'Kabel filtern' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'CSV herunterladen' })).toBeInTheDocument();
  });

  it('clicking a name selects that record through the store, and the details panel shows it', async () => {
    const { store } = renderTable();
    await userEvent.click(within(table()).getByRole('button', { name: 'Apollo' }));
    expect(store.getState().selected).toEqual({ kind: 'cable', id: 'apollo' });
    const details = screen.getByRole('complementary', { name: 'Details: Apollo' });
    expect(within(details).getByText('13,000 km')).toBeInTheDocument();
    expect(within(table()).getByRole('button', { name: 'Apollo' })).toHaveAttribute('aria-current', 'true');
    await pickList('Countries');
    await userEvent.click(within(table()).getByRole('button', { name: 'France' }));
    expect(store.getState().selected).toEqual({ kind: 'country', id: 'FR' });
    expect(screen.getByRole('complementary', { name: 'Details: France' })).toBeInTheDocument();
  });

  it('renders strings from the dataset as text, never as HTML', () => {
    const d = tinyDataset();
    d.cables[0]!.name = '<img src=x onerror="alert(1)">Apollo';
    const result = parseBackbone(d);
    if (!result.ok) throw new Error('fixture should stay valid');
    const { container } = renderTable({ backbone: result.backbone });
    expect(within(table()).getByRole('button', { name: '<img src=x onerror="alert(1)">Apollo' })).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
  });
});

describe('tableCsv(columns, rows, words)', () => {
  it('writes the headers shown and the rows shown in their order, numbers as numbers, unknowns empty', () => {
    const { columns } = LIST_DEFINITIONS.cables;
    const rows = sortRows(LIST_DEFINITIONS.cables.rows(tinyBackbone(), { year: 2023, carrierFilter: new Set() }, words()), { column: 'lengthKm', descending: true }, 'en');
    expect(tableCsv(columns, rows, words())).toBe(
      [
        'Name,Status,Ready for service,Length (km),Design capacity (Tbit/s),Owners,Countries',
        'Apollo,In service,2003,13000,3.2,Vodafone,"United Kingdom, United States"',
        'Amitié,Planned,2023,6783,,"Meta, Microsoft, Vodafone, Aqua Comms","France, United Kingdom, United States"',
        '',
      ].join('\r\n'),
    );
  });

  it('quotes commas, quotes and line breaks, and defuses a leading "=" that a spreadsheet would run', () => {
    const d = tinyDataset();
    d.ixps[0]!.name = 'LINX "LON1", London';
    d.metros[0]!.name = '=HYPERLINK("x")';
    const result = parseBackbone(d);
    if (!result.ok) throw new Error('fixture should stay valid');
    const rows = LIST_DEFINITIONS.ixps.rows(result.backbone, { year: 2022, carrierFilter: new Set() }, words('de'));
    expect(tableCsv(LIST_DEFINITIONS.ixps.columns, rows, words('de')).split('\r\n')).toEqual([
      'Name,Stadt,Land,Gegründet,Spitzenverkehr (Tbit/s),Mitglieder',
      `"LINX ""LON1"", London","'=HYPERLINK(""x"")",Vereinigtes Königreich,1994,5.17,900`,
      '',
    ]);
  });

  it('the Download CSV button saves exactly the rows shown: filtered, sorted, with a byte-order mark for spreadsheets', async () => {
    const saved: Blob[] = [];
    const original = { createObjectURL: URL.createObjectURL, revokeObjectURL: URL.revokeObjectURL };
    const revoke = vi.fn();
    Object.assign(URL, {
      createObjectURL: (blob: Blob) => {
        saved.push(blob);
        return 'blob:test';
      },
      revokeObjectURL: revoke,
    });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    try {
      renderTable({ year: 2023 });
      await userEvent.type(screen.getByRole('searchbox', { name: 'Filter cables' }), 'apollo');
      // Fake timers for the click alone, so that the link's release runs here, against the stub.
      vi.useFakeTimers();
      fireEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
      vi.runAllTimers();
      expect(click).toHaveBeenCalledTimes(1);
      expect(revoke).toHaveBeenCalledWith('blob:test');
    } finally {
      vi.useRealTimers();
      Object.assign(URL, original);
    }
    // Read as bytes: Blob.text() would drop the byte-order mark.
    const bytes = new Uint8Array(await saved[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.slice(3));
    expect(text.split('\r\n')).toEqual(['Name,Status,Ready for service,Length (km),Design capacity (Tbit/s),Owners,Countries', 'Apollo,In service,2003,13000,3.2,Vodafone,"United Kingdom, United States"', '']);
  });
});

describe('table slice', () => {
  it('sortTable(list, column) sorts ascending, reverses on the same column, and starts ascending on another', () => {
    const store = createExplorerStore();
    store.getState().sortTable('ixps', 'founded');
    expect(store.getState().tableSort.ixps).toEqual({ column: 'founded', descending: false });
    store.getState().sortTable('ixps', 'founded');
    expect(store.getState().tableSort.ixps).toEqual({ column: 'founded', descending: true });
    store.getState().sortTable('ixps', 'members');
    expect(store.getState().tableSort.ixps).toEqual({ column: 'members', descending: false });
    expect(store.getState().tableSort.cables).toEqual({ column: 'name', descending: false });
  });
});
