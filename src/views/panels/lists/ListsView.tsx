import { useMemo } from 'react';
import type { Backbone } from '../../../data/normalize';
import { useExplorer, useExplorerStore } from '../../../store/context';
import { selectNetworkDay } from '../../../store/selectors';
import { TABLE_LISTS } from '../../../store/types';
import { useFormatters, useLang, useMessages } from '../../i18n/useMessages';
import { DataTable } from './DataTable';
import { LIST_DEFINITIONS } from './lists';
import type { ListWords } from './listTypes';
import { saveFile } from './saveFile';
import { tableCsv } from './tableCsv';
import { filterRows, sortRows } from './tableRows';

/** The dataset as four lists, with the map's year and carrier filter applied: the map's accessible alternative. */
export function ListsView({ backbone }: { backbone: Backbone }) {
  const store = useExplorerStore();
  const list = useExplorer((s) => s.tableList);
  const sort = useExplorer((s) => s.tableSort[s.tableList]);
  const query = useExplorer((s) => s.tableFilter[s.tableList]);
  const year = useExplorer((s) => s.year);
  const carrierFilter = useExplorer((s) => s.carrierFilter);
  const day = useExplorer(selectNetworkDay);
  const selected = useExplorer((s) => s.selected);
  const m = useMessages();
  const f = useFormatters();
  const lang = useLang();
  const words: ListWords = useMemo(() => ({ m, f, lang }), [m, f, lang]);
  const definition = LIST_DEFINITIONS[list];

  // Built when the data or the map's filters change; filtered and sorted as the reader types and clicks.
  const all = useMemo(() => definition.rows(backbone, { year, carrierFilter, ...(day !== undefined && { day }) }, words), [definition, backbone, year, carrierFilter, day, words]);
  // A column the list does not have (none today; a guard should lists change) sorts by name.
  const column = definition.columns.some((c) => c.key === sort.column) ? sort.column : 'name';
  const descending = column === sort.column && sort.descending;
  const rows = useMemo(() => sortRows(filterRows(all, definition.columns, query, words), { column, descending }, lang), [all, definition, query, words, column, descending, lang]);

  const typed = query.trim();
  const summary = [
    // A replay's day where the list follows it (exchanges go by the year), else the year.
    m.table.summary[list](all.length, f.count(all.length), day !== undefined && list !== 'ixps' ? f.date(day) : String(year)),
    definition.byCarrier && carrierFilter.size > 0 ? m.table.carriersSelected(carrierFilter.size, f.count(carrierFilter.size)) : null,
    typed ? m.table.matching(rows.length, f.count(rows.length), typed) : null,
  ]
    .filter(Boolean)
    .join(' · ');
  const download = () => {
    // A byte-order mark, so that spreadsheets read the names as UTF-8 ("São Paulo", "Amitié").
    saveFile(new Blob([`\uFEFF${tableCsv(definition.columns, rows, words)}`], { type: 'text/csv;charset=utf-8' }), `backbone-${list}-${year}.csv`);
  };

  return (
    <section className="lists" aria-label={m.table.table}>
      <div className="lists-bar">
        <div className="segmented" role="group" aria-label={m.table.lists}>
          {TABLE_LISTS.map((l) => (
            <button key={l} type="button" aria-pressed={l === list} onClick={() => store.getState().setTableList(l)}>
              {m.table.names[l]}
            </button>
          ))}
        </div>
        <input type="search" className="lists-filter" aria-label={m.table.filter[list]} placeholder={`${m.table.filter[list]}…`} value={query} onChange={(e) => store.getState().setTableFilter(list, e.target.value)} />
        <button type="button" className="lists-download" onClick={download}>
          {m.table.download}
        </button>
      </div>
      <p className="lists-summary" role="status">
        {summary}
      </p>
      <DataTable
        caption={`${m.table.names[list]}. ${m.table.sortBy}`}
        columns={definition.columns}
        rows={rows}
        sort={{ column, descending }}
        emptyText={all.length === 0 ? m.table.empty : m.table.noMatch(typed)}
        selected={selected}
        words={words}
        onSort={(column) => store.getState().sortTable(list, column)}
        onSelect={(ref) => store.getState().select(ref)}
      />
    </section>
  );
}
