import type { Backbone } from '../../../data/normalize';
import type { Formatters } from '../../../i18n/format';
import type { Lang, Messages } from '../../../i18n/messages';
import type { EntityRef } from '../../../store/types';

/** A cell's value: text, a number (written for the language on screen, kept as it is in the CSV), or null where the dataset has none. */
export type Cell = string | number | null;

type ColumnKey = keyof Messages['table']['columns'];

export interface ListColumn {
  key: ColumnKey;
  /** How a number is written; a column without one holds text. A count gets separators; a year or a tier is written as it is. */
  format?: 'count' | 'plain' | 'decimal' | 'asn';
}

export interface ListRow {
  /** What the row's name selects: the same record a click on the map selects. */
  ref: EntityRef;
  cells: Readonly<Partial<Record<ColumnKey, Cell>>>;
}

/** The map's own filters, which the table applies too, so that it lists what the map shows. */
interface ListScope {
  year: number;
  carrierFilter: ReadonlySet<string>;
  /** During an incident's replay, its date: the cables not yet in service that day are not drawn, nor listed. */
  day?: string;
}

/** The interface language's strings and formatters, for the cells that are words (a status, a country's name). */
export interface ListWords {
  m: Messages;
  f: Formatters;
  lang: Lang;
}

/** One list of the table: its columns and how its rows are drawn from the dataset. */
export interface ListDefinition {
  /** The columns in order; the first is always `name`, the row's header and its button. */
  columns: readonly ListColumn[];
  /** Whether the carrier filter narrows this list; the summary says so when it does. */
  byCarrier: boolean;
  rows: (backbone: Backbone, scope: ListScope, words: ListWords) => ListRow[];
}

/** Whether a column sorts and aligns as numbers. */
export const isNumeric = (column: ListColumn): boolean => column.format !== undefined;
