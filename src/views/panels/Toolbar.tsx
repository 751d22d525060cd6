import { PROJECTIONS, PROJECTION_LABELS } from '../../geo/projection';
import type { ProjectionName } from '../../geo/projection';
import { useExplorer, useExplorerStore } from '../../store/context';

export function ProjectionPicker() {
  const projection = useExplorer((s) => s.projection);
  const store = useExplorerStore();
  return (
    <label className="projection">
      <span className="visually-hidden">Projection</span>
      <select value={projection} onChange={(e) => store.getState().setProjection(e.target.value as ProjectionName)} aria-label="Map projection">
        {PROJECTIONS.map((p) => (
          <option key={p} value={p}>
            {PROJECTION_LABELS[p]}
          </option>
        ))}
      </select>
    </label>
  );
}

export function ThemeToggle() {
  const theme = useExplorer((s) => s.theme);
  const store = useExplorerStore();
  const next = theme === 'dark' ? 'light' : 'dark';
  return (
    <button type="button" className="theme-toggle" onClick={() => store.getState().setTheme(next)} aria-label={`Switch to the ${next} theme`}>
      {theme === 'dark' ? '☀' : '☾'}
    </button>
  );
}
