import type { StateCreator } from 'zustand';
import { TABLE_LISTS } from '../types';
import type { ExplorerState, TableList, TableSlice, TableSort } from '../types';

/** Every list starts sorted by name, A to Z: the order a reader looks things up in. */
const BY_NAME: TableSort = { column: 'name', descending: false };

const perList = <T>(value: T) => Object.fromEntries(TABLE_LISTS.map((list) => [list, value])) as Record<TableList, T>;

export const createTableSlice: StateCreator<ExplorerState, [], [], TableSlice> = (set) => ({
  areaView: 'map',
  tableList: 'cables',
  tableSort: perList(BY_NAME),
  tableFilter: perList(''),
  setAreaView: (areaView) => set({ areaView }),
  setTableList: (tableList) => set({ tableList }),
  sortTable: (list, column) =>
    set((s) => {
      const current = s.tableSort[list];
      const next: TableSort = current.column === column ? { column, descending: !current.descending } : { column, descending: false };
      // A new record each time, so that subscribers to tableSort see the change.
      return { tableSort: { ...s.tableSort, [list]: next } };
    }),
  setTableFilter: (list, text) => set((s) => ({ tableFilter: { ...s.tableFilter, [list]: text } })),
});
