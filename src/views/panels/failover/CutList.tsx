import { useState } from 'react';
import type { Backbone } from '../../../data/normalize';
import { useExplorer, useExplorerStore } from '../../../store/context';
import { cutCount, describeTarget } from '../../../store/slices/failureSlice';
import type { CutState, CutTarget } from '../../../store/types';

function targetsOf(cuts: CutState): CutTarget[] {
  return [
    ...cuts.cables.map((id): CutTarget => ({ kind: 'cable', id })),
    ...cuts.segments.map((key): CutTarget => {
      const at = key.lastIndexOf('#');
      return { kind: 'segment', id: key.slice(0, at), index: Number(key.slice(at + 1)) };
    }),
    ...cuts.links.map((id): CutTarget => ({ kind: 'link', id })),
    ...cuts.metros.map((id): CutTarget => ({ kind: 'metro', id })),
  ];
}

const KIND = { cable: 'whole cable', segment: '', link: 'link', metro: 'city' } as const;
/** Cuts listed before "show all": a corridor cut can hold dozens. */
const SHOWN = 5;

/** What is cut, each with its restore button, and "Restore all". */
export function CutList({ backbone }: { backbone: Backbone }) {
  const cuts = useExplorer((s) => s.cuts);
  const absent = useExplorer((s) => s.scenario?.absent);
  const store = useExplorerStore();
  const [expanded, setExpanded] = useState(false);
  const targets = targetsOf(cuts);
  const shown = expanded ? targets : targets.slice(0, SHOWN);
  return (
    <section className="cut-list" aria-labelledby="cut-list-title">
      <h3 id="cut-list-title">
        Cut <span className="count">({cutCount(cuts)})</span>
      </h3>
      {targets.length === 0 ? (
        <p className="hint">Nothing is cut. Select a cable and press “Cut”, right-click a cable on the map to cut the segment there, or replay an incident.</p>
      ) : (
        <>
          <ul>
            {shown.map((t) => (
              <li key={`${t.kind}:${t.kind === 'segment' ? `${t.id}#${t.index}` : t.id}`}>
                <span className="cut-mark" aria-hidden="true">
                  ✕
                </span>
                <span>
                  {describeTarget(backbone, t)} {KIND[t.kind] && <span className="detail">{KIND[t.kind]}</span>}
                  {absent?.includes(t.id) && <span className="detail"> (not in service this year)</span>}
                </span>
                <button type="button" className="link-button" onClick={() => store.getState().restore(t)} aria-label={`Restore ${describeTarget(backbone, t)}`}>
                  restore
                </button>
              </li>
            ))}
          </ul>
          {targets.length > SHOWN && (
            <button type="button" className="link-button" aria-expanded={expanded} onClick={() => setExpanded((e) => !e)}>
              {expanded ? 'show fewer' : `show all ${targets.length}`}
            </button>
          )}
          <button type="button" className="restore-all" onClick={() => store.getState().restoreAll()}>
            Restore all
          </button>
        </>
      )}
    </section>
  );
}
