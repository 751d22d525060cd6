import type { EntityRef, TableSort } from '../../../store/types';
import { cellText } from './tableRows';
import { LABEL_CHARS } from '../format';
import { Label, LongText } from '../LongText';
import { isNumeric } from './listTypes';
import type { ListColumn, ListRow, ListWords } from './listTypes';

interface DataTableProps {
  caption: string;
  columns: readonly ListColumn[];
  rows: readonly ListRow[];
  sort: TableSort;
  /** Said in the one row of an empty table. */
  emptyText: string;
  selected: EntityRef | null;
  words: ListWords;
  onSort: (column: string) => void;
  onSelect: (ref: EntityRef) => void;
}

/** A table whose headers sort it (announced through aria-sort) and whose names select their record. Cells are text only. */
export function DataTable({ caption, columns, rows, sort, emptyText, selected, words, onSort, onSelect }: DataTableProps) {
  const { m } = words;
  return (
    // Scrolls sideways inside itself, so a narrow screen never scrolls the page.
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => {
              const sorted = sort.column === c.key;
              return (
                <th key={c.key} scope="col" className={isNumeric(c) ? 'num' : undefined} aria-sort={sorted ? (sort.descending ? 'descending' : 'ascending') : undefined}>
                  <button type="button" className="sort-button" onClick={() => onSort(c.key)}>
                    {m.table.columns[c.key]}
                    <span className="sort-mark" aria-hidden="true">
                      {sorted ? (sort.descending ? '▼' : '▲') : '↕'}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const isSelected = selected?.kind === row.ref.kind && selected.id === row.ref.id;
            return (
              <tr key={row.ref.id} className={isSelected ? 'selected' : undefined}>
                {columns.map((c, i) => {
                  const value = row.cells[c.key];
                  const text = cellText(c, value, words);
                  if (i === 0)
                    return (
                      <th key={c.key} scope="row">
                        <button type="button" className="link-button" aria-current={isSelected || undefined} onClick={() => onSelect(row.ref)}>
                          <Label text={text} />
                        </button>
                      </th>
                    );
                  return (
                    <td key={c.key} className={isNumeric(c) ? 'num' : c.key === 'owners' || c.key === 'countries' ? 'wide' : undefined}>
                      {value === null || value === undefined ? (
                        <>
                          <span aria-hidden="true">{text}</span>
                          <span className="visually-hidden">{m.table.unknownSpoken}</span>
                        </>
                      ) : (
                        <LongText text={text} max={LABEL_CHARS * 3} />
                      )}
                    </td>
                  );
                })}
              </tr>
            );
          })}
          {rows.length === 0 && (
            <tr>
              <td colSpan={columns.length} className="empty">
                {emptyText}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
