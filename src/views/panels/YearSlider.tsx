import { useId } from 'react';
import type { Backbone } from '../../data/normalize';
import { useExplorer, useExplorerStore } from '../../store/context';
import { useMessages } from '../i18n/useMessages';

/** The backbone as it stood in a year, from 1990 to the last planned ready-for-service year. */
export function YearSlider({ backbone }: { backbone: Backbone }) {
  const year = useExplorer((s) => s.year);
  const store = useExplorerStore();
  const id = useId();
  const m = useMessages();
  const { min, max, asOf } = backbone.years;
  return (
    <div className="year">
      <label htmlFor={id}>
        {m.year.label} <output htmlFor={id}>{year}</output>
        {year > asOf && <span className="future-note">{m.year.includesPlanned}</span>}
      </label>
      <input id={id} type="range" min={min} max={max} step={1} value={year} onChange={(e) => store.getState().setYear(Number(e.target.value))} aria-valuetext={`${year}`} />
      <div className="year-ends" aria-hidden="true">
        <span>{min}</span>
        <span>{max}</span>
      </div>
    </div>
  );
}
