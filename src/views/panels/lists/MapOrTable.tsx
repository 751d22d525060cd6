import type { ReactNode } from 'react';
import type { Backbone } from '../../../data/normalize';
import { useExplorer } from '../../../store/context';
import { ListsView } from './ListsView';
import { ViewSwitch } from './ViewSwitch';

/**
 * The map area's content: the map (given as children), or the same records as
 * tables. The switch stays the first child in both, so React keeps its element
 * and keyboard focus stays on the button just pressed. Only the full explorer
 * offers the table: its names open the details panel, which only it has.
 */
export function MapOrTable({ backbone, withTable, children }: { backbone: Backbone; withTable: boolean; children: ReactNode }) {
  const view = useExplorer((s) => s.areaView);
  if (!withTable) return children;
  const table = view === 'table';
  return (
    <div className={`area area--${table ? 'table' : 'map'}`}>
      <ViewSwitch />
      {table ? <ListsView backbone={backbone} /> : children}
    </div>
  );
}
