import { useEffect, useState } from 'react';
import type { Backbone } from '../../../data/normalize';
import { elementsNear } from '../../../geo/segmentsNear';
import { useExplorer, useExplorerStore } from '../../../store/context';
import { countryName } from '../../../store/countryName';
import { CORRIDORS } from '../../../store/corridors';
import type { CutTarget } from '../../../store/types';
import { useGoTo } from '../useGoTo';

/** The cables whose loss alone would hurt most (N-1), and the chokepoints where many run together. */
export function Criticality({ backbone }: { backbone: Backbone }) {
  const critical = useExplorer((s) => s.critical);
  const hasEngine = useExplorer((s) => s.engine !== null);
  const store = useExplorerStore();
  const goTo = useGoTo();
  const picking = useExplorer((s) => s.regionPick);
  const [radius, setRadius] = useState(250);
  useEffect(() => {
    if (picking === null) return;
    const cancel = (e: KeyboardEvent) => e.key === 'Escape' && store.getState().startRegionPick(null);
    window.addEventListener('keydown', cancel);
    return () => window.removeEventListener('keydown', cancel);
  }, [picking, store]);

  const cutCorridor = (id: string) => {
    const corridor = CORRIDORS.find((c) => c.id === id);
    if (!corridor) return;
    const near = elementsNear(backbone, corridor.at, corridor.radiusKm);
    const targets: CutTarget[] = [
      ...near.segments.map((s): CutTarget => ({ kind: 'segment', id: s.cable, index: s.index })),
      ...near.links.map((id): CutTarget => ({ kind: 'link', id })),
    ];
    if (!targets.length) return store.setState({ notice: `No cable passes through the ${corridor.name} in this dataset.` });
    store.getState().cutMany(targets, `everything through the ${corridor.name} (${near.segments.length} cable segments, ${near.links.length} links)`);
    store.getState().focusOn(corridor.at, 4);
  };

  return (
    <section className="criticality" aria-labelledby="critical-title">
      <h3 id="critical-title">Most critical cables</h3>
      {!critical ? (
        <button type="button" onClick={() => store.getState().loadCritical()} disabled={!hasEngine}>
          Rank cables by the impact of losing each (N-1)
        </button>
      ) : (
        <ol className="critical-list">
          {critical.map((c) => (
            <li key={c.cable}>
              <button type="button" className="link-button" onClick={() => goTo({ kind: 'cable', id: c.cable })}>
                {c.name}
              </button>
              <span className="detail">
                {' '}
                {c.isolated.length ? `cuts off ${c.isolated.map(countryName).join(', ')}; ` : ''}
                {c.reroutedFlows} flows rerouted{c.strandedFlows ? `, ${c.strandedFlows} stranded` : ''}
              </span>
            </li>
          ))}
        </ol>
      )}
      <h3>Cut a region</h3>
      <div className="region-pick">
        <label>
          Radius{' '}
          <select value={radius} onChange={(e) => setRadius(Number(e.target.value))}>
            {[50, 100, 250, 500, 1000].map((r) => (
              <option key={r} value={r}>
                {r} km
              </option>
            ))}
          </select>
        </label>
        <button type="button" aria-pressed={picking !== null} onClick={() => store.getState().startRegionPick(picking === null ? radius : null)}>
          {picking === null ? 'Pick a point on the map' : 'Cancel'}
        </button>
      </div>
      {picking !== null && (
        <p className="hint" role="status">
          Click the map: every cable segment and link within {picking} km of that point will be cut. Escape cancels.
        </p>
      )}
      <h3>Cut a corridor</h3>
      <div className="corridor-buttons">
        {CORRIDORS.map((c) => (
          <button key={c.id} type="button" onClick={() => cutCorridor(c.id)}>
            {c.name}
          </button>
        ))}
      </div>
    </section>
  );
}
