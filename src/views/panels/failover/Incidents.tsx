import type { Backbone } from '../../../data/normalize';
import { safeHref } from '../format';
import { useExplorer, useExplorerStore } from '../../../store/context';
import { countryName } from '../../../store/countryName';

/** Real cable incidents: replaying one sets the year, cuts what was cut, and puts what was reported beside what the model says. */
export function Incidents({ backbone }: { backbone: Backbone }) {
  const current = useExplorer((s) => s.incident);
  const scenario = useExplorer((s) => s.scenario);
  const store = useExplorerStore();
  const incidents = [...backbone.dataset.incidents].sort((a, b) => b.date.localeCompare(a.date));
  if (!incidents.length) return null;
  const replaying = current ? backbone.incidents.get(current) : undefined;
  return (
    <section className="incidents" aria-labelledby="incidents-title">
      <h3 id="incidents-title">Replay an incident</h3>
      <ul>
        {incidents.map((incident) => (
          <li key={incident.id}>
            <button type="button" className={`incident-button${incident.id === current ? ' active' : ''}`} aria-pressed={incident.id === current} onClick={() => store.getState().replayIncident(incident.id)}>
              <span>{incident.name}</span>
              <span className="detail">{incident.date}</span>
            </button>
          </li>
        ))}
      </ul>
      {replaying && (
        <article className="incident-card" aria-label={`Incident: ${replaying.name}`}>
          <h4>{replaying.name}</h4>
          <p className="detail">
            {replaying.date} · {replaying.cause}
          </p>
          <p>
            <strong>Reported:</strong> {replaying.reported}
          </p>
          {scenario && (
            <p>
              <strong>Simulated:</strong> {scenario.rerouted} flows rerouted, {scenario.stranded} stranded
              {scenario.isolated.length ? `; cut off: ${scenario.isolated.map(countryName).join(', ')}` : '; no country cut off'}
              {scenario.degraded.length ? `; slower: ${scenario.degraded.slice(0, 6).map((d) => `${countryName(d.country)} (+${d.rttIncreasePct.toFixed(0)} %)`).join(', ')}` : ''}.
            </p>
          )}
          {replaying.reportedCountries && (
            <p className="detail">
              Reported as cut off: {replaying.reportedCountries.isolated?.map(countryName).join(', ') || 'none'}; as degraded: {replaying.reportedCountries.degraded?.map(countryName).join(', ') || 'none'}.
            </p>
          )}
          <ul className="sources-inline">
            {replaying.sources.map((s) => {
              const href = safeHref(s);
              return <li key={s}>{href ? <a href={href} target="_blank" rel="noopener noreferrer">{new URL(href).hostname.replace(/^www\./, '')}</a> : s}</li>;
            })}
          </ul>
        </article>
      )}
    </section>
  );
}
