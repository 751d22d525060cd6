import type { Backbone } from '../../../data/normalize';
import { useExplorer, useExplorerStore } from '../../../store/context';
import { cutCount } from '../../../store/slices/failureSlice';
import { useFormatters, useMessages } from '../../i18n/useMessages';
import { useGoTo } from '../useGoTo';
import { CountryImpactTable } from './CountryImpactTable';

/** The impact of the current cuts: flows rerouted and stranded, countries cut off and slower, the largest RTT rises, congestion. */
export function ImpactPanel({ backbone }: { backbone: Backbone }) {
  const scenario = useExplorer((s) => s.scenario);
  const status = useExplorer((s) => s.scenarioStatus);
  const anyCut = useExplorer((s) => cutCount(s.cuts) > 0);
  const store = useExplorerStore();
  const goTo = useGoTo();
  const m = useMessages();
  const f = useFormatters();
  if (!anyCut) return null;
  if (!scenario) return <p className="hint">{status === 'error' ? m.impact.failed : m.impact.computing}</p>;
  const metroName = (id: string) => backbone.metros.get(id)?.name ?? id;
  const increases = scenario.changed.filter((c) => c.rttAfterMs !== null && c.rttAfterMs - c.rttBeforeMs >= 0.1).slice(0, 8);
  return (
    <section className="impact" aria-labelledby="impact-title" aria-busy={status === 'computing'}>
      <h2 id="impact-title">{m.impact.title}</h2>
      <dl className="impact-counts">
        <div>
          <dt>{m.impact.rerouted}</dt>
          <dd>{f.count(scenario.rerouted)}</dd>
        </div>
        <div>
          <dt>{m.impact.stranded}</dt>
          <dd className={scenario.stranded ? 'bad' : undefined}>{f.count(scenario.stranded)}</dd>
        </div>
        <div>
          <dt>{m.impact.isolated}</dt>
          <dd className={scenario.isolated.length ? 'bad' : undefined}>{f.count(scenario.isolated.length)}</dd>
        </div>
        <div>
          <dt>{m.impact.congested}</dt>
          <dd className={scenario.congested.length ? 'warn' : undefined}>{f.count(scenario.congested.length)}</dd>
        </div>
      </dl>
      {scenario.isolated.length > 0 && (
        <>
          <h3>{m.impact.cutOff}</h3>
          <ul className="impact-list">
            {scenario.isolated.map((c) => (
              <li key={c}>
                <button type="button" className="link-button" onClick={() => goTo({ kind: 'country', id: c })}>
                  {f.countryName(c)}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {scenario.degraded.length > 0 && <CountryImpactTable degraded={scenario.degraded} />}
      {increases.length > 0 && (
        <>
          <h3>{m.impact.increases}</h3>
          <ul className="impact-list">
            {increases.map((c) => (
              <li key={c.id}>
                <button type="button" className="link-button" onClick={() => store.getState().setInspector(c.from, c.to)} title={m.impact.showRoute}>
                  {metroName(c.from)} – {metroName(c.to)}
                </button>{' '}
                <span className="detail">
                  {m.impact.rttChange(f.decimal(c.rttBeforeMs), f.decimal(c.rttAfterMs!), f.percent(((c.rttAfterMs! - c.rttBeforeMs) / c.rttBeforeMs) * 100, 0, true))}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {scenario.congested.length > 0 && (
        <>
          <h3>{m.impact.congestedLinks}</h3>
          <ul className="impact-list">
            {scenario.congested.slice(0, 8).map((c, i) => (
              <li key={`${c.name}-${i}`}>
                {c.element && backbone.cables.has(c.element) ? (
                  <button type="button" className="link-button" onClick={() => goTo({ kind: 'cable', id: c.element! })}>
                    {c.name}
                  </button>
                ) : c.element && backbone.terrestrialLinks.has(c.element) ? (
                  <button type="button" className="link-button" onClick={() => goTo({ kind: 'link', id: c.element! })}>
                    {c.name}
                  </button>
                ) : (
                  c.name
                )}{' '}
                <span className="detail">{c.utilisation >= 2 ? m.impact.timesCapacity(f.count(c.utilisation)) : m.impact.ofCapacity(f.percent(c.utilisation * 100, 0))}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {scenario.rerouted + scenario.stranded === 0 && scenario.isolated.length === 0 && <p className="hint">{m.impact.unaffected}</p>}
    </section>
  );
}
