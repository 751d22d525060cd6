import { useState } from 'react';
import type { Backbone } from '../../../data/normalize';
import { useExplorer, useExplorerStore } from '../../../store/context';
import { cutCount } from '../../../store/slices/failureSlice';
import { describeTarget } from '../../announce';
import type { CutState, CutTarget } from '../../../store/types';
import { useFormatters, useLang, useMessages } from '../../i18n/useMessages';
import { LABEL_CHARS, shorten } from '../format';
import { Label } from '../LongText';

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

/** Cuts listed before "show all": a corridor cut can hold dozens. */
const SHOWN = 5;

/** What is cut, each with its restore button, and "Restore all". */
export function CutList({ backbone }: { backbone: Backbone }) {
  const cuts = useExplorer((s) => s.cuts);
  const absent = useExplorer((s) => s.scenario?.absent);
  const store = useExplorerStore();
  const [expanded, setExpanded] = useState(false);
  const lang = useLang();
  const m = useMessages();
  const f = useFormatters();
  const kinds = m.cutList.kinds;
  const targets = targetsOf(cuts);
  const shown = expanded ? targets : targets.slice(0, SHOWN);
  return (
    <section className="cut-list" aria-labelledby="cut-list-title">
      <h2 id="cut-list-title">
        {m.cutList.title} <span className="count">({f.count(cutCount(cuts))})</span>
      </h2>
      {targets.length === 0 ? (
        <p className="hint">{m.cutList.empty}</p>
      ) : (
        <>
          <ul>
            {shown.map((t) => (
              <li key={`${t.kind}:${t.kind === 'segment' ? `${t.id}#${t.index}` : t.id}`}>
                <span className="cut-mark" aria-hidden="true">
                  ✕
                </span>
                <span>
                  <Label text={describeTarget(backbone, t, lang)} /> {kinds[t.kind] && <span className="detail">{kinds[t.kind]}</span>}
                  {absent?.includes(t.id) && <span className="detail">{m.cutList.absent}</span>}
                </span>
                <button type="button" className="link-button" onClick={() => store.getState().restore(t)} aria-label={m.cutList.restoreNamed(shorten(describeTarget(backbone, t, lang), LABEL_CHARS))}>
                  {m.cutList.restore}
                </button>
              </li>
            ))}
          </ul>
          {targets.length > SHOWN && (
            <button type="button" className="link-button" aria-expanded={expanded} onClick={() => setExpanded((e) => !e)}>
              {expanded ? m.cutList.showFewer : m.cutList.showAll(f.count(targets.length))}
            </button>
          )}
          <button type="button" className="restore-all" onClick={() => store.getState().restoreAll()}>
            {m.cutList.restoreAll}
          </button>
        </>
      )}
    </section>
  );
}
