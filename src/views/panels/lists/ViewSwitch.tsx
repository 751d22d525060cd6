import { useExplorer, useExplorerStore } from '../../../store/context';
import { useMessages } from '../../i18n/useMessages';

const VIEWS = ['map', 'table'] as const;

/** "Map | Table": two toggle buttons, one pressed, that swap what the map area shows. */
export function ViewSwitch() {
  const view = useExplorer((s) => s.areaView);
  const store = useExplorerStore();
  const m = useMessages();
  return (
    <div className="view-switch segmented" role="group" aria-label={m.table.show}>
      {VIEWS.map((v) => (
        <button key={v} type="button" aria-pressed={view === v} onClick={() => store.getState().setAreaView(v)}>
          {m.table[v]}
        </button>
      ))}
    </div>
  );
}
