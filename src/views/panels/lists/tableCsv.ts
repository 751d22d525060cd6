import { csvField } from '../../../model/impactExport';
import type { ListColumn, ListRow, ListWords } from './listTypes';

/**
 * The table as CSV (RFC 4180: quoted where needed, CRLF line ends): the rows
 * shown, in their order, under the headers shown. Numbers are written as
 * numbers (13000, 3.2), not as the language writes them, so that a spreadsheet
 * in any locale reads them; a unit is in its column's header. A value the
 * dataset does not have is an empty field.
 */
export function tableCsv(columns: readonly ListColumn[], rows: readonly ListRow[], { m }: ListWords): string {
  const lines = [columns.map((c) => csvField(m.table.columns[c.key])), ...rows.map((row) => columns.map((c) => csvField(row.cells[c.key] ?? null)))];
  return lines.map((cells) => `${cells.join(',')}\r\n`).join('');
}
