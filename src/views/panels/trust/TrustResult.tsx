import type { TrustPath, TrustView } from '../../../model';
import { useFormatters, useMessages } from '../../i18n/useMessages';
import { SourceLink } from '../DetailsParts';

/** AS paths shown: the reported countries first, then the rest, at most this many. */
const PATHS_SHOWN = 6;

/** What a replay or the reader's own simulation took, the same way for both; a replay adds what was reported and its sources. */
export function TrustResult({ view }: { view: TrustView }) {
  const m = useMessages().trust;
  const f = useFormatters();
  const r = view.report;
  const who = (n: { name: string; asn: number | null }) => `${n.name}${n.asn ? ` (AS${n.asn})` : ''}`;
  const replay = view.source === 'replay' ? view : null;
  const reported = new Set(replay?.reportedCountries ?? []);
  const paths = [...r.paths.filter((p) => p.country && reported.has(p.country)), ...r.paths.filter((p) => !(p.country && reported.has(p.country)))].slice(0, PATHS_SHOWN);
  return (
    <article className="trust-result" data-source={view.source}>
      <h3>
        {m.kind[r.kind]}: {replay ? replay.name : m.ownTitle}
      </h3>
      <p>{m.attack(r.kind, who(r.by), r.announced, who(r.origin), r.from && who(r.from), r.to && who(r.to))}</p>
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
      {replay ? (
        <>
          <p>
            <strong>{m.reported}</strong> {replay.reported}
          </p>
          {replay.reportedCountries.length > 0 && <p className="detail">{m.reportedFound(f.count(replay.countriesMatched.length), f.count(replay.reportedCountries.length))}</p>}
        </>
      ) : (
        <p className="trust-own-note">{m.ownNote(String(view.year))}</p>
      )}
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
      {replay && (
        <>
          <h4>{m.sources}</h4>
          <ul className="sources-inline">
            {replay.sources.map((s) => (
              <li key={s}>
                <SourceLink source={s} />
              </li>
            ))}
          </ul>
        </>
      )}
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
