import { CRITICAL_AMONG } from '../../../model/explorerLimits';
import { useEffect, useState } from 'react';
import type { Backbone } from '../../../data/normalize';
import { cutCount, isCut, targetsNear } from '../../../store/slices/failureSlice';
import { useExplorer, useExplorerStore } from '../../../store/context';
import { CORRIDORS } from '../../../store/corridors';
import type { CorridorPreset } from '../../../store/corridors';
import { useFormatters, useMessages } from '../../i18n/useMessages';
import type { Messages } from '../../i18n/useMessages';
import { useGoTo } from '../useGoTo';
import { Label } from '../LongText';

const RADII = [50, 100, 250, 500, 1000];

/** A corridor's name and "through …" phrase in the interface language; the preset's own English name where none is written. */
function corridorWords(m: Messages, corridor: CorridorPreset): { name: string; through: string } {
  const words = (m.corridors as Partial<Record<string, { name: string; through: string }>>)[corridor.id];
  return words ?? { name: corridor.name, through: m.critical.through(corridor.name) };
}

// What each corridor cuts, found once per dataset, when first needed (a cut, or a corridor's button pressed) rather than
// while the first map is drawn: a corridor's button is pressed while all of it is cut, and pressing it again restores it.
const corridorTargetsByBackbone = new WeakMap<Backbone, Map<string, ReturnType<typeof targetsNear>>>();
function corridorTargetsOf(backbone: Backbone): Map<string, ReturnType<typeof targetsNear>> {
  let found = corridorTargetsByBackbone.get(backbone);
  if (!found) corridorTargetsByBackbone.set(backbone, (found = new Map(CORRIDORS.map((c) => [c.id, targetsNear(backbone, c.at, c.radiusKm)]))));
  return found;
}

/** The cables whose loss alone would hurt most (N-1), and the chokepoints where many run together. */
export function Criticality({ backbone }: { backbone: Backbone }) {
  const critical = useExplorer((s) => s.critical);
  const hasEngine = useExplorer((s) => s.engine !== null);
  const store = useExplorerStore();
  const goTo = useGoTo();
  const m = useMessages();
  const f = useFormatters();
  const picking = useExplorer((s) => s.regionPick);
  const [radius, setRadius] = useState(250);
  useEffect(() => {
    if (picking === null) return;
    const cancel = (e: KeyboardEvent) => e.key === 'Escape' && store.getState().startRegionPick(null);
    window.addEventListener('keydown', cancel);
    return () => window.removeEventListener('keydown', cancel);
  }, [picking, store]);

  const cuts = useExplorer((s) => s.cuts);
  const corridorCut = (id: string) => {
    if (cutCount(cuts) === 0) return false;
    const targets = corridorTargetsOf(backbone).get(id)?.targets ?? [];
    return targets.length > 0 && targets.every((t) => isCut(cuts, t));
  };
  const cutCorridor = (id: string) => {
    const corridor = CORRIDORS.find((c) => c.id === id);
    const found = corridorTargetsOf(backbone).get(id);
    if (!corridor || !found) return;
    const { targets, near } = found;
    if (!targets.length) return store.getState().setNotice({ kind: 'noCorridorCable', corridor: corridor.id });
    if (corridorCut(id)) {
      for (const t of targets) store.getState().restore(t);
      return;
    }
    store.getState().cutMany(targets, { kind: 'corridor', id: corridor.id, segments: near.segments.length, links: near.links.length });
    store.getState().focusOn(corridor.at, 4);
  };

  return (
    <section className="criticality" aria-labelledby="critical-title">
      <h2 id="critical-title">{m.critical.title}</h2>
      {!critical ? (
        <button type="button" onClick={() => store.getState().loadCritical()} disabled={!hasEngine}>
          {m.critical.rank}
        </button>
      ) : (
        <>
        <p className="hint">{m.critical.among(f.count(CRITICAL_AMONG))}</p>
        <ol className="critical-list">
          {critical.map((c) => (
            <li key={c.cable}>
              <button type="button" className="link-button" onClick={() => goTo({ kind: 'cable', id: c.cable })}>
                <Label text={c.name} />
              </button>
              <span className="detail">
                {' '}
                {c.isolated.length ? m.critical.cutsOff(c.isolated.map((code) => f.countryName(code)).join(', ')) : ''}
                {m.critical.rerouted(c.reroutedFlows, f.count(c.reroutedFlows))}
                {c.strandedFlows ? m.critical.stranded(f.count(c.strandedFlows)) : ''}
              </span>
            </li>
          ))}
        </ol>
        </>
      )}
      <h2>{m.critical.region}</h2>
      <div className="region-pick">
        <label>
          {m.critical.radius}{' '}
          <select value={radius} onChange={(e) => setRadius(Number(e.target.value))}>
            {RADII.map((r) => (
              <option key={r} value={r}>
                {f.km(r)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" aria-pressed={picking !== null} onClick={() => store.getState().startRegionPick(picking === null ? radius : null)}>
          {picking === null ? m.critical.pick : m.critical.cancel}
        </button>
      </div>
      {picking !== null && (
        <p className="hint" role="status">
          {m.critical.pickHint(f.km(picking))}
        </p>
      )}
      <h2>{m.critical.corridor}</h2>
      <div className="corridor-buttons">
        {CORRIDORS.map((c) => (
          <button key={c.id} type="button" aria-pressed={corridorCut(c.id)} onClick={() => cutCorridor(c.id)}>
            {corridorWords(m, c).name}
          </button>
        ))}
      </div>
    </section>
  );
}
