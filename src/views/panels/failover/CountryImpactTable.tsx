import type { ScenarioView } from '../../../model/scenario';
import { useFormatters, useMessages } from '../../i18n/useMessages';
import { useGoTo } from '../useGoTo';

type CountryRow = ScenarioView['degraded'][number];

/**
 * Countries affected by the cuts, each with what happened to it in words: severe and moderate ones
 * listed, minor ones (capacity cut or traffic moved, at a small cost) folded. A list, not a table: the panel is narrow.
 */
export function CountryImpactTable({ degraded }: { degraded: readonly CountryRow[] }) {
  const m = useMessages();
  const serious = degraded.filter((d) => d.severity !== 'minor');
  const minor = degraded.filter((d) => d.severity === 'minor');
  return (
    <>
      <h3>{m.impact.degraded}</h3>
      {serious.length > 0 ? <CountryList rows={serious.slice(0, 12)} /> : <p className="hint">{m.impact.noneSerious}</p>}
      {minor.length > 0 && (
        <details className="impact-minor">
          <summary>{m.impact.minorSummary(minor.length, String(minor.length))}</summary>
          <CountryList rows={minor.slice(0, 30)} />
        </details>
      )}
      <p className="hint">{m.impact.modelNote}</p>
    </>
  );
}

/** What happened to a country's traffic, in words: the share unserved, the RTT rise, the share rerouted or moved, the border capacity cut. */
export function countryImpactParts(d: CountryRow, m: ReturnType<typeof useMessages>, f: ReturnType<typeof useFormatters>): string[] {
  return [
    d.unservedPct >= 0.5 ? m.impact.unservedShare(f.percent(d.unservedPct, 0)) : null,
    // With nothing delivered there is no RTT to compare.
    d.unservedPct < 99.5 && d.rttIncreaseMs >= 0.5 ? m.impact.rttRise(f.decimal(d.rttIncreaseMs, 0), f.percent(d.rttIncreasePct, 0, true)) : null,
    d.trafficReroutedPct >= 0.5 ? m.impact.reroutedShare(f.percent(d.trafficReroutedPct, 0)) : null,
    d.trafficMovedPct >= 0.5 ? m.impact.movedShare(f.percent(d.trafficMovedPct, 0)) : null,
    d.borderCapacityLostPct > 0 ? m.impact.borderLost(f.percent(d.borderCapacityLostPct, 0), f.decimal(d.capacityLostTbps, 1)) : null,
  ].filter((p): p is string => p !== null);
}

function CountryList({ rows }: { rows: readonly CountryRow[] }) {
  const m = useMessages();
  const f = useFormatters();
  const goTo = useGoTo();
  return (
    <ul className="impact-list country-impact">
      {rows.map((d) => {
        const parts = countryImpactParts(d, m, f);
        return (
          <li key={d.country} className={`severity-${d.severity}`}>
            <button type="button" className="link-button" onClick={() => goTo({ kind: 'country', id: d.country })}>
              {f.countryName(d.country)}
            </button>{' '}
            <span className={`severity-tag severity-tag-${d.severity}`}>{m.impact.severityName[d.severity]}</span>
            <span className="detail"> {parts.join('; ')}</span>
          </li>
        );
      })}
    </ul>
  );
}
