import type { ScenarioView } from './scenario';

/** The impact of a scenario as a plain record: what a reader downloads to keep or to check. */
export function impactRecord(scenario: ScenarioView, cuts: readonly string[]) {
  return {
    year: scenario.year,
    // A replay's network as it stood that day, where that differs from the year's.
    ...(scenario.day !== undefined && { day: scenario.day }),
    cuts,
    rerouted: scenario.rerouted,
    stranded: scenario.stranded,
    isolated: scenario.isolated,
    degraded: scenario.degraded,
    congested: scenario.congested,
    changedFlows: scenario.changed.map((c) => ({
      from: c.from,
      to: c.to,
      tbps: c.tbps,
      rttBeforeMs: c.rttBeforeMs,
      rttAfterMs: c.rttAfterMs,
      failover: c.failover,
      networksBefore: c.networksBefore,
      networksAfter: c.networksAfter,
    })),
  };
}

/** A CSV field: quoted when it holds a comma, a quote or a line break; a leading =, +, - or @ is escaped so spreadsheets never run it. */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  // OWASP's rule against formula injection: a cell a spreadsheet could read as a formula is prefixed with a quote.
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The impact as CSV, one row per finding: `section,subject,metric,value`, so
 * that countries, flows and links fit one table a spreadsheet can filter.
 */
export function impactCsv(scenario: ScenarioView, cuts: readonly string[]): string {
  const rows: (string | number | null)[][] = [['section', 'subject', 'metric', 'value']];
  rows.push(['scenario', 'year', 'year', scenario.year]);
  if (scenario.day !== undefined) rows.push(['scenario', 'day', 'day', scenario.day]);
  for (const cut of cuts) rows.push(['scenario', cut, 'cut', 1]);
  rows.push(['flows', 'all', 'rerouted', scenario.rerouted], ['flows', 'all', 'stranded', scenario.stranded]);
  for (const c of scenario.isolated) rows.push(['country', c, 'isolated', 1]);
  for (const d of scenario.degraded) {
    rows.push(
      ['country', d.country, 'severity', d.severity],
      ['country', d.country, 'rtt_increase_ms', d.rttIncreaseMs],
      ['country', d.country, 'rtt_increase_pct', d.rttIncreasePct],
      ['country', d.country, 'traffic_rerouted_pct', d.trafficReroutedPct],
      ['country', d.country, 'traffic_moved_pct', d.trafficMovedPct],
      ['country', d.country, 'unserved_pct', d.unservedPct],
      ['country', d.country, 'border_capacity_lost_pct', d.borderCapacityLostPct],
      ['country', d.country, 'capacity_lost_tbps', d.capacityLostTbps],
    );
  }
  for (const c of scenario.changed) {
    rows.push(['flow', `${c.from}>${c.to}`, 'rtt_before_ms', c.rttBeforeMs], ['flow', `${c.from}>${c.to}`, 'rtt_after_ms', c.rttAfterMs]);
  }
  for (const c of scenario.congested) rows.push(['link', c.name, 'utilisation', c.utilisation]);
  return `${rows.map((r) => r.map(csvField).join(',')).join('\n')}\n`;
}
