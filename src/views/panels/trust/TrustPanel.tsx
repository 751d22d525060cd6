import { useId } from 'react';
import type { Backbone } from '../../../data/normalize';
import type { TrustPath, TrustReplayView } from '../../../model';
import { useExplorer, useExplorerStore } from '../../../store/context';
import { useFormatters, useMessages } from '../../i18n/useMessages';
import { SourceLink } from '../DetailsParts';

/** The ROV slider's stops, from no validation to every network validating. */
export const ROV_STEPS = ['none', 'tier1', '25%', '50%', '75%', 'all'] as const;
/** AS paths shown: the reported countries first, then the rest, at most this many. */
const PATHS_SHOWN = 6;

/** Routing trust: pick a BGP incident, see what it took and how origin validation changes it. */
export function TrustPanel({ backbone }: { backbone: Backbone }) {
  const m = useMessages().trust;
  const f = useFormatters();
  const store = useExplorerStore();
  const eventId = useExplorer((s) => s.trustEvent);
  const rov = useExplorer((s) => s.trustRov);
  const trust = useExplorer((s) => s.trust);
  const status = useExplorer((s) => s.trustStatus);
  const error = useExplorer((s) => s.trustError);
  const ids = useId();
  const events = backbone.dataset.routingEvents ?? [];
  const event = events.find((e) => e.id === eventId);
  const setting = rov ?? event?.rov ?? 'none';
  const step = Math.max(0, ROV_STEPS.indexOf(setting as (typeof ROV_STEPS)[number]));
  const shown = trust && trust.id === eventId ? trust : null;

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
      {event && (
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
          <p className="detail">
            {m.rovThen(m.rovSteps[event.rov] ?? event.rov)}{' '}
            {rov !== null && rov !== event.rov && (
              <button type="button" className="link-button" onClick={() => store.getState().setTrustRov(null)}>
                {m.backToThen}
              </button>
            )}
          </p>
        </div>
      )}
      {event && status === 'computing' && <p aria-live="polite">{m.computing}</p>}
      {event && status === 'error' && error && <p className="bad">{m.failed(error)}</p>}
      {shown && <TrustResult view={shown} />}
    </section>
  );
}

function TrustResult({ view }: { view: TrustReplayView }) {
  const m = useMessages().trust;
  const f = useFormatters();
  const r = view.report;
  const who = (n: { name: string; asn: number | null }) => `${n.name}${n.asn ? ` (AS${n.asn})` : ''}`;
  const reported = new Set(view.reportedCountries);
  const paths = [...r.paths.filter((p) => p.country && reported.has(p.country)), ...r.paths.filter((p) => !(p.country && reported.has(p.country)))].slice(0, PATHS_SHOWN);
  return (
    <article className="trust-result">
      <h3>
        {m.kind[view.kind]}: {view.name}
      </h3>
      <p>{m.attack(view.kind, who(r.by), r.announced, who(r.origin), r.from && who(r.from), r.to && who(r.to))}</p>
      <p className="detail">{m.rpki[r.rpki]}</p>
      <p className="trust-summary">
        <strong>{m.simulated}</strong>{' '}
        {r.captured.countries.length
          ? m.captured(f.count(r.captured.countries.length), f.count(r.captured.networks.length), f.percent(100 * r.captureShare, 1))
          : r.captured.networks.length
            ? m.capturedNetworksOnly(r.captured.networks.map(who).join(', '))
            : m.capturedNone}
      </p>
      {r.captured.countries.length > 0 && (
        <details>
          <summary>{m.countries}</summary>
          <p>{r.captured.countries.map((c) => f.countryName(c)).join(', ')}</p>
        </details>
      )}
      <p>
        <strong>{m.reported}</strong> {view.reported}
      </p>
      {view.reportedCountries.length > 0 && <p className="detail">{m.reportedFound(f.count(view.countriesMatched.length), f.count(view.reportedCountries.length))}</p>}
      {paths.length > 0 && (
        <div className="trust-paths">
          <h4>{m.paths}</h4>
          <ul>
            {paths.map((p) => (
              <PathLine key={p.network} path={p} />
            ))}
          </ul>
        </div>
      )}
      <h4>{m.sources}</h4>
      <ul className="sources-inline">
        {view.sources.map((s) => (
          <li key={s}>
            <SourceLink source={s} />
          </li>
        ))}
      </ul>
      <p className="detail">{m.modelNote}</p>
    </article>
  );
}

function PathLine({ path }: { path: TrustPath }) {
  const m = useMessages().trust;
  const f = useFormatters();
  const label = path.country ? f.countryName(path.country) : path.network;
  const line = (hops: readonly string[], end: string) => (end === 'delivered' ? hops.slice(1).join(' → ') : `${hops.slice(1).join(' → ')} (${m.noRoute})`);
  return (
    <li>
      <strong>{label}</strong>
      <span className="detail">
        {' '}
        {m.before}: {line(path.before, path.beforeEnd)}
      </span>
      <br />
      <span className="bad">
        {m.after}: {line(path.after, path.afterEnd)}
      </span>
    </li>
  );
}
