import type { Backbone } from '../../../data/normalize';
import { useExplorer, useExplorerStore } from '../../../store/context';
import { countryName } from '../../../store/countryName';
import { cutCount } from '../../../store/slices/failureSlice';
import { useGoTo } from '../useGoTo';

const pct = (x: number) => `${x >= 0 ? '+' : ''}${x.toFixed(1)} %`;

/** The impact of the current cuts: flows rerouted and stranded, countries cut off and slower, the largest RTT rises, congestion. */
export function ImpactPanel({ backbone }: { backbone: Backbone }) {
  const scenario = useExplorer((s) => s.scenario);
  const status = useExplorer((s) => s.scenarioStatus);
  const anyCut = useExplorer((s) => cutCount(s.cuts) > 0);
  const store = useExplorerStore();
  const goTo = useGoTo();
  if (!anyCut) return null;
  if (!scenario) return <p className="hint">{status === 'error' ? 'The simulation failed.' : 'Computing the impact…'}</p>;
  const metroName = (id: string) => backbone.metros.get(id)?.name ?? id;
  const increases = scenario.changed.filter((c) => c.rttAfterMs !== null && c.rttAfterMs - c.rttBeforeMs >= 0.1).slice(0, 8);
  return (
    <section className="impact" aria-labelledby="impact-title" aria-busy={status === 'computing'}>
      <h3 id="impact-title">Impact</h3>
      <dl className="impact-counts">
        <div>
          <dt>Flows rerouted</dt>
          <dd>{scenario.rerouted}</dd>
        </div>
        <div>
          <dt>Flows stranded</dt>
          <dd className={scenario.stranded ? 'bad' : undefined}>{scenario.stranded}</dd>
        </div>
        <div>
          <dt>Countries cut off</dt>
          <dd className={scenario.isolated.length ? 'bad' : undefined}>{scenario.isolated.length}</dd>
        </div>
        <div>
          <dt>Links congested</dt>
          <dd className={scenario.congested.length ? 'warn' : undefined}>{scenario.congested.length}</dd>
        </div>
      </dl>
      {scenario.isolated.length > 0 && (
        <>
          <h4>Cut off from the rest of the world</h4>
          <ul className="impact-list">
            {scenario.isolated.map((c) => (
              <li key={c}>
                <button type="button" className="link-button" onClick={() => goTo({ kind: 'country', id: c })}>
                  {countryName(c)}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {scenario.degraded.length > 0 && (
        <>
          <h4>Slower or with less capacity</h4>
          <table className="impact-table">
            <thead>
              <tr>
                <th scope="col">Country</th>
                <th scope="col">RTT</th>
                <th scope="col">Capacity lost</th>
              </tr>
            </thead>
            <tbody>
              {scenario.degraded.slice(0, 10).map((d) => (
                <tr key={d.country}>
                  <td>
                    <button type="button" className="link-button" onClick={() => goTo({ kind: 'country', id: d.country })}>
                      {countryName(d.country)}
                    </button>
                  </td>
                  <td>{pct(d.rttIncreasePct)}</td>
                  <td>{d.capacityLostPct.toFixed(0)} %</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {increases.length > 0 && (
        <>
          <h4>Largest RTT increases</h4>
          <ul className="impact-list">
            {increases.map((c) => (
              <li key={c.id}>
                <button type="button" className="link-button" onClick={() => store.getState().setInspector(c.from, c.to)} title="Show this route in the route inspector">
                  {metroName(c.from)} – {metroName(c.to)}
                </button>{' '}
                <span className="detail">
                  {c.rttBeforeMs} → {c.rttAfterMs} ms (+{((c.rttAfterMs! - c.rttBeforeMs) / c.rttBeforeMs * 100).toFixed(0)} %)
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {scenario.congested.length > 0 && (
        <>
          <h4>Congested links</h4>
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
                <span className="detail">{c.utilisation >= 2 ? `${c.utilisation.toFixed(0)}× its capacity` : `${Math.round(c.utilisation * 100)} % of capacity`}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {scenario.rerouted + scenario.stranded === 0 && scenario.isolated.length === 0 && <p className="hint">No modelled flow used what is cut: traffic is unaffected.</p>}
    </section>
  );
}
