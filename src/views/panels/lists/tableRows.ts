import { LOCALES } from '../../../i18n/format';
import type { Lang } from '../../../i18n/messages';
import type { TableSort } from '../../../store/types';
import type { Cell, ListColumn, ListRow, ListWords } from './listTypes';

/** A cell as the table writes it: numbers for the language, "–" where the dataset has no value. */
export function cellText(column: ListColumn, value: Cell | undefined, { m, f }: ListWords): string {
  if (value === null || value === undefined) return m.table.unknown;
  if (typeof value === 'string') return value;
  switch (column.format) {
    case 'asn':
      return `AS${value}`;
    case 'decimal':
      return f.decimal(value, 2);
    case 'count':
      return f.count(value);
    default:
      return String(value);
  }
}

/** Lower case without accents, so that "sao" finds "São Paulo" and "amitie" finds "Amitié". */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The rows in which every word of the query appears in some cell, as written on screen (so "AS1299" and "1299" both find Arelion). */
export function filterRows(rows: readonly ListRow[], columns: readonly ListColumn[], query: string, words: ListWords): readonly ListRow[] {
  const terms = fold(query).split(/\s+/).filter(Boolean);
  if (!terms.length) return rows;
  return rows.filter((row) => {
    const text = fold(columns.map((c) => (row.cells[c.key] == null ? '' : cellText(c, row.cells[c.key], words))).join('\n'));
    return terms.every((t) => text.includes(t));
  });
}

/**
 * The rows in the table's order. Numbers compare as numbers, text by the
 * language's collation (digits by value: "SEA-ME-WE 3" before "SEA-ME-WE 10");
 * unknowns go last in either direction, as they are not small, only missing;
 * ties keep name order, so the order never depends on the dataset's.
 */
export function sortRows(rows: readonly ListRow[], sort: TableSort, lang: Lang): ListRow[] {
  const collator = new Intl.Collator(LOCALES[lang], { numeric: true, sensitivity: 'base' });
  const key = sort.column as keyof ListRow['cells'];
  const byName = (a: ListRow, b: ListRow) => collator.compare(String(a.cells.name ?? ''), String(b.cells.name ?? ''));
  return [...rows].sort((ra, rb) => {
    const a = ra.cells[key] ?? null;
    const b = rb.cells[key] ?? null;
    if (a === null || b === null) {
      if (a !== b) return a === null ? 1 : -1;
    } else {
      const d = typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b));
      if (d !== 0) return sort.descending ? -d : d;
    }
    return byName(ra, rb);
  });
}
