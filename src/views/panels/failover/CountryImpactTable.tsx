import type { ScenarioView } from '../../../model/scenario';
import { useFormatters, useMessages } from '../../i18n/useMessages';
import { useGoTo } from '../useGoTo';

type CountryRow = ScenarioView['degraded'][number];

/** Countries affected by the cuts: severe and moderate ones in a table, minor ones folded (a few ms more, or another path). */
export function CountryImpactTable({ degraded }: { degraded: readonly CountryRow[] }) {
  const m = useMessages();
  const f = useFormatters();
  const goTo = useGoTo();
  const serious = degraded.filter((d) => d.severity !== 'minor');
  const minor = degraded.filter((d) => d.severity === 'minor');
  const country = (d: CountryRow) => (
    <button type="button" className="link-button" onClick={() => goTo({ kind: 'country', id: d.country })}>
      {f.countryName(d.country)}
    </button>
  );
  const table = (rows: readonly CountryRow[], caption: string) => (
    <table className="impact-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{m.impact.country}</th>
          <th scope="col">{m.impact.severity}</th>
          <th scope="col" title={m.impact.rttHelp}>{m.impact.rtt}</th>
          <th scope="col" title={m.impact.reroutedHelp}>{m.impact.trafficRerouted}</th>
          <th scope="col" title={m.impact.unservedHelp}>{m.impact.unserved}</th>
          <th scope="col" title={m.impact.borderHelp}>{m.impact.borderCapacityLost}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((d) => (
          <tr key={d.country} className={`severity-${d.severity}`}>
            <td>{country(d)}</td>
            <td>{m.impact.severityName[d.severity]}</td>
            <td>{m.impact.rttRise(f.decimal(d.rttIncreaseMs, 0), f.percent(d.rttIncreasePct, 0, true))}</td>
            <td>{f.percent(d.trafficReroutedPct, 0)}</td>
            <td>{f.percent(d.unservedPct, 0)}</td>
            <td>{d.borderCapacityLostPct > 0 ? m.impact.borderLost(f.percent(d.borderCapacityLostPct, 0), f.decimal(d.capacityLostTbps, 1)) : '–'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <>
      <h3>{m.impact.degraded}</h3>
      {serious.length > 0 ? table(serious.slice(0, 12), m.impact.degraded) : <p className="hint">{m.impact.noneSerious}</p>}
      {minor.length > 0 && (
        <details className="impact-minor">
          <summary>{m.impact.minorSummary(minor.length, f.count(minor.length))}</summary>
          {table(minor.slice(0, 30), m.impact.minorSummary(minor.length, f.count(minor.length)))}
        </details>
      )}
      <p className="hint">{m.impact.modelNote}</p>
    </>
  );
}
