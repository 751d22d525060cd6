import type { Backbone } from '../../../data/normalize';
import { notYetInService } from '../../../data/normalize';
import type { Fault } from '../../../data/schema';
import type { ScenarioView } from '../../../model/scenario';
import { LABEL_CHARS, shorten } from '../format';
import { IncidentReported, IncidentSources } from './IncidentDetails';
import { Label, LongText } from '../LongText';
import { useExplorer, useExplorerStore } from '../../../store/context';
import { selectNetworkDay } from '../../../store/selectors';
import { useFormatters, useMessages } from '../../i18n/useMessages';

/** Real cable incidents: replaying one sets the year, cuts what was cut, and puts what was reported beside what the model says. */
export function Incidents({ backbone }: { backbone: Backbone }) {
  const current = useExplorer((s) => s.incident);
  const day = useExplorer(selectNetworkDay);
  const scenario = useExplorer((s) => s.scenario);
  const store = useExplorerStore();
  const m = useMessages();
  const f = useFormatters();
  const countries = (codes: readonly string[] | undefined) => (codes ?? []).map((c) => f.countryName(c)).join(', ');
  // A country cut off from fibre that still has its satellite backup says so, with what that carries.
  const isolatedCountries = (view: ScenarioView) =>
    view.isolated
      .map((c) => {
        const sat = view.onSatellite.find((s) => s.country === c);
        return sat ? `${f.countryName(c)} (${m.incidents.onSatellite(`${f.decimal(sat.capacityGbps, 1)} Gbit/s`, f.percent(sat.shareOfDemandPct, 1), f.ms(sat.rttMs))})` : f.countryName(c);
      })
      .join(', ');
  const incidents = [...backbone.dataset.incidents].sort((a, b) => b.date.localeCompare(a.date));
  if (!incidents.length) return null;
  const replaying = current ? backbone.incidents.get(current) : undefined;
  const faultName = (fault: Fault) => ('link' in fault ? (backbone.terrestrialLinks.get(fault.link)?.name ?? fault.link) : (backbone.cables.get(fault.cable)?.name ?? fault.cable));
  // Said, since the map and the figures leave them out although the year slider's year has them.
  const notYet = day ? notYetInService(backbone, Number(day.slice(0, 4)), day).map((c) => shorten(c.name, LABEL_CHARS)) : [];
  const stillDown = (replaying?.faults ?? []).flatMap((fault) => (fault.since ? [m.incidents.since(shorten(faultName(fault), LABEL_CHARS), f.date(fault.since))] : []));
  return (
    <section className="incidents" aria-labelledby="incidents-title">
      <h2 id="incidents-title">{m.incidents.title}</h2>
      <ul>
        {incidents.map((incident) => (
          <li key={incident.id}>
            <button type="button" className={`incident-button${incident.id === current ? ' active' : ''}`} aria-pressed={incident.id === current} onClick={() => store.getState().replayIncident(incident.id)}>
              <span>
                <Label text={incident.name} />
              </span>
              <span className="detail">
                <time dateTime={incident.date}>{f.date(incident.date)}</time>
              </span>
            </button>
          </li>
        ))}
      </ul>
      {replaying && (
        <article className="incident-card" aria-label={m.incidents.label(shorten(replaying.name, LABEL_CHARS))}>
          <h3>
            <Label text={replaying.name} />
          </h3>
          <p className="detail">
            <time dateTime={replaying.date}>{f.date(replaying.date)}</time> · <LongText text={replaying.cause} />
          </p>
          <IncidentReported incident={replaying} />
          {day && notYet.length > 0 && (
            <p className="detail">
              <LongText text={m.incidents.notYet(f.date(day), notYet.join(', '))} />
            </p>
          )}
          {stillDown.length > 0 && (
            <p className="detail">
              <LongText text={m.incidents.stillDown(stillDown.join(', '))} />
            </p>
          )}
          {scenario && (
            <p>
              <strong>{m.incidents.simulated}</strong> {m.incidents.flows(scenario.rerouted, f.count(scenario.rerouted), f.count(scenario.stranded))}
              {scenario.isolated.length ? m.incidents.cutOff(isolatedCountries(scenario)) : m.incidents.noneCutOff}
              {scenario.degraded.some((d) => d.severity !== 'minor')
                ? m.incidents.slower(
                    scenario.degraded
                      .filter((d) => d.severity !== 'minor')
                      .slice(0, 6)
                      .map((d) => `${f.countryName(d.country)} (${m.incidents.countryImpact(m.impact.severityName[d.severity], f.percent(d.unservedPct, 0), `+${f.decimal(d.rttIncreaseMs, 0)} ms`)})`)
                      .join(', '),
                  )
                : ''}
              .
            </p>
          )}
          {replaying.reportedCountries && (
            <p className="detail">
              {m.incidents.reportedCountries(countries(replaying.reportedCountries.isolated) || m.incidents.none, countries(replaying.reportedCountries.degraded) || m.incidents.none)}
            </p>
          )}
          <IncidentSources incident={replaying} />
        </article>
      )}
    </section>
  );
}
