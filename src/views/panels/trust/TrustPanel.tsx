import { useId } from 'react';
import type { Backbone } from '../../../data/normalize';
import { ROV_STEPS } from '../../../model/trustAsk';
import { useExplorer, useExplorerStore } from '../../../store/context';
import { selectTrustShown } from '../../../store/slices/trustSlice';
import { useFormatters, useMessages } from '../../i18n/useMessages';
import { TrustOwnForm } from './TrustOwnForm';
import { TrustResult } from './TrustResult';


/** Routing trust: pick a BGP incident or try a hijack or leak of your own, see what it takes and how origin validation changes it. */
export function TrustPanel({ backbone }: { backbone: Backbone }) {
  const m = useMessages().trust;
  const f = useFormatters();
  const store = useExplorerStore();
  const eventId = useExplorer((s) => s.trustEvent);
  const own = useExplorer((s) => s.trustCustom !== null);
  const rov = useExplorer((s) => s.trustRov);
  const shown = useExplorer(selectTrustShown);
  const status = useExplorer((s) => s.trustStatus);
  const error = useExplorer((s) => s.trustError);
  const ids = useId();
  const events = backbone.dataset.routingEvents ?? [];
  const event = events.find((e) => e.id === eventId);
  const setting = rov ?? event?.rov ?? 'none';
  const step = Math.max(0, ROV_STEPS.indexOf(setting as (typeof ROV_STEPS)[number]));
  const asking = event !== undefined || own;

  return (
    <section className="trust" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>{m.title}</h2>
      <p className="detail">{m.intro}</p>
      <label htmlFor={`${ids}-event`}>{m.pick}</label>
      <select id={`${ids}-event`} value={eventId ?? ''} onChange={(e) => store.getState().setTrustEvent(e.target.value || null)}>
        <option value="">{m.none}</option>
        {events.map((e) => (
          <option key={e.id} value={e.id}>
            {`${e.name} (${f.date(e.date)})`}
          </option>
        ))}
      </select>
      <TrustOwnForm backbone={backbone} />
      {asking && (
        <div className="trust-rov">
          <label htmlFor={`${ids}-rov`}>{m.rov}</label>
          <input
            id={`${ids}-rov`}
            type="range"
            min={0}
            max={ROV_STEPS.length - 1}
            step={1}
            value={step}
            aria-valuetext={m.rovSteps[ROV_STEPS[step]!]}
            onChange={(e) => store.getState().setTrustRov(ROV_STEPS[Number(e.target.value)]!)}
          />
          <output htmlFor={`${ids}-rov`}>{m.rovSteps[ROV_STEPS[step]!]}</output>
          {event && (
            <p className="detail">
              {m.rovThen(m.rovSteps[event.rov] ?? event.rov)}{' '}
              {rov !== null && rov !== event.rov && (
                <button type="button" className="link-button" onClick={() => store.getState().setTrustRov(null)}>
                  {m.backToThen}
                </button>
              )}
            </p>
          )}
        </div>
      )}
      {asking && status === 'computing' && <p aria-live="polite">{m.computing}</p>}
      {asking && status === 'error' && error && <p className="bad">{m.failed(error)}</p>}
      {shown && <TrustResult view={shown} />}
    </section>
  );
}
