import { useId, useMemo } from 'react';
import type { Backbone } from '../../../data/normalize';
import { useExplorer, useExplorerStore } from '../../../store/context';

/** Two cities, the route between them, its RTT beside the fibre floor, and how the cuts change it. */
export function RouteInspector({ backbone }: { backbone: Backbone }) {
  const inspector = useExplorer((s) => s.inspector);
  const store = useExplorerStore();
  const id = useId();
  const metros = useMemo(() => [...backbone.dataset.metros].sort((a, b) => a.name.localeCompare(b.name)), [backbone]);
  const { from, to, current, intact } = inspector;
  const set = (nextFrom: string | null, nextTo: string | null) => store.getState().setInspector(nextFrom, nextTo);
  const options = metros.map((m) => (
    <option key={m.id} value={m.id}>
      {m.name}
    </option>
  ));
  const change = current && intact && current.rttMs !== null && intact.rttMs !== null ? current.rttMs - intact.rttMs : null;
  const cableNames = (ids: string[]) => ids.map((c) => backbone.cables.get(c)?.name ?? c).join(', ');
  return (
    <section className="inspector" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Route inspector</h3>
      <div className="inspector-pick">
        <label>
          From
          <select value={from ?? ''} onChange={(e) => set(e.target.value || null, to)}>
            <option value="">Choose a city</option>
            {options}
          </select>
        </label>
        <label>
          To
          <select value={to ?? ''} onChange={(e) => set(from, e.target.value || null)}>
            <option value="">Choose a city</option>
            {options}
          </select>
        </label>
      </div>
      {current && (
        <dl className="facts inspector-result">
          <dt>RTT now</dt>
          <dd>{current.rttMs === null ? <strong className="bad">no route</strong> : `${current.rttMs} ms`}</dd>
          {change !== null && change > 0 && (
            <>
              <dt>Intact</dt>
              <dd>
                {intact?.rttMs} ms <span className="bad">(+{change.toFixed(1)} ms)</span>
              </dd>
            </>
          )}
          <dt>Fibre floor</dt>
          <dd>{current.floorMs} ms</dd>
          <dt>Via</dt>
          <dd>{current.cables.length ? cableNames(current.cables) : current.path ? 'terrestrial links only' : '—'}</dd>
        </dl>
      )}
    </section>
  );
}
