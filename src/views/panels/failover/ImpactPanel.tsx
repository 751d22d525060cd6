import { useEffect, useRef } from 'react';
import type { Backbone } from '../../../data/normalize';
import { useExplorer, useExplorerStore } from '../../../store/context';
import { cutCount } from '../../../store/slices/failureSlice';
import { useFormatters, useLang, useMessages } from '../../i18n/useMessages';
import { useGoTo } from '../useGoTo';
import { Label } from '../LongText';
import { CountryImpactTable } from './CountryImpactTable';
import { SatelliteLine } from './SatelliteLine';
import { metroLabel } from '../../entityInfo';

/** The impact of the current cuts: flows rerouted and stranded, countries cut off and slower, the largest RTT rises, congestion. */
export function ImpactPanel({ backbone }: { backbone: Backbone }) {
  const scenario = useExplorer((s) => s.scenario);
  const status = useExplorer((s) => s.scenarioStatus);
  const anyCut = useExplorer((s) => cutCount(s.cuts) > 0);
  const store = useExplorerStore();
  const goTo = useGoTo();
  const m = useMessages();
  const f = useFormatters();
  const lang = useLang();
  // Brought into view when asked ("Full impact") and on every new set of cuts, wherever in the tab the control was.
  const focusRequest = useExplorer((s) => s.impactFocus);
  const cuts = useExplorer((s) => s.cuts);
  const sectionRef = useRef<HTMLElement | null>(null);
  const headingRef = useRef<HTMLHeadingElement | null>(null);
  const asked = useRef(focusRequest);
  const ready = scenario !== null;
  // Once more when the answer for the new cuts has arrived: the panel changes height as it fills, and a smooth scroll
  // started while it said "Computing…" can end short of it.
  const settled = ready && status !== 'computing';
  useEffect(() => {
    const target = sectionRef.current;
    if (!target) return;
    target.scrollIntoView?.({ block: 'start', behavior: 'smooth' });
    if (asked.current !== focusRequest) headingRef.current?.focus();
    asked.current = focusRequest;
  }, [focusRequest, cuts, ready, settled]);
  if (!anyCut) return null;
  if (!scenario)
    return (
      <p className="hint" ref={(el) => void (sectionRef.current = el)}>
        {status === 'error' ? m.impact.failed : m.impact.computing}
      </p>
    );
  const metroName = (id: string) => metroLabel(backbone, id, lang);
  // Cables and links are what the map colours congested; a city's interconnect is counted apart.
  const congestedLinks = scenario.congested.filter((c) => c.element).length;
  const congestedInterconnects = scenario.congested.length - congestedLinks;
  const increases = scenario.changed.filter((c) => c.rttAfterMs !== null && c.rttAfterMs - c.rttBeforeMs >= 0.1).slice(0, 8);
  return (
    <section className="impact" aria-labelledby="impact-title" aria-busy={status === 'computing'} ref={sectionRef}>
      <h2 id="impact-title" tabIndex={-1} ref={headingRef}>
        {m.impact.title}
      </h2>
      <dl className="impact-counts">
        <div>
          <dt title={m.impact.help.rerouted}>{m.impact.rerouted}</dt>
          <dd>
            {f.count(scenario.rerouted)} <span className="of">{m.impact.ofFlows(f.count(scenario.flowCount))}</span>
          </dd>
        </div>
        <div>
          <dt title={m.impact.help.stranded}>{m.impact.stranded}</dt>
          <dd className={scenario.stranded ? 'bad' : undefined}>
            {f.count(scenario.stranded)} <span className="of">{m.impact.ofFlows(f.count(scenario.flowCount))}</span>
          </dd>
        </div>
        <div>
          <dt title={m.impact.help.isolated}>{m.impact.isolated}</dt>
          <dd className={scenario.isolated.length ? 'bad' : undefined}>{f.count(scenario.isolated.length)}</dd>
        </div>
        <div>
          <dt title={m.impact.help.congested}>{m.impact.congested}</dt>
          <dd className={congestedLinks ? 'warn' : undefined}>{f.count(congestedLinks)}</dd>
        </div>
        {congestedInterconnects > 0 && (
          <div>
            <dt>{m.impact.interconnects}</dt>
            <dd className="warn">{f.count(congestedInterconnects)}</dd>
          </div>
        )}
      </dl>
      <p className="model-line">{m.impact.modelLine(String(scenario.year), f.count(scenario.flowCount), f.count(scenario.countryCount), f.date(backbone.dataset.meta.asOf), scenario.day && f.date(scenario.day))}</p>
      <details className="impact-help">
        <summary>{m.impact.howComputed}</summary>
        <ul>
          {(['rerouted', 'stranded', 'isolated', 'congested', 'severity', 'capacity'] as const).map((k) => (
            <li key={k}>{m.impact.help[k]}</li>
          ))}
        </ul>
        <p>
          <a href={m.impact.modelDocsHref} target="_blank" rel="noopener">
            {m.impact.modelDocs}
          </a>
        </p>
      </details>
      {scenario.isolated.length > 0 && (
        <>
          <h3>{m.impact.cutOff}</h3>
          <ul className="impact-list">
            {scenario.isolated.map((c) => (
              <li key={c}>
                <button type="button" className="link-button" onClick={() => goTo({ kind: 'country', id: c })}>
                  {f.countryName(c)}
                </button>
                <SatelliteLine backbone={backbone} satellite={scenario.onSatellite.find((s) => s.country === c)} />
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
                    <Label text={c.name} />
                  </button>
                ) : c.element && backbone.terrestrialLinks.has(c.element) ? (
                  <button type="button" className="link-button" onClick={() => goTo({ kind: 'link', id: c.element! })}>
                    <Label text={c.name} />
                  </button>
                ) : (
                  <Label text={c.name} />
                )}{' '}
                <span className="detail">{c.utilisation >= 2 ? m.impact.timesCapacity(f.count(c.utilisation)) : m.impact.ofCapacity(f.percent(c.utilisation * 100, 0))}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {scenario.rerouted + scenario.stranded === 0 && scenario.isolated.length === 0 && (
        <p className="hint">{scenario.replaced > 0 ? m.impact.replacedOnly(scenario.replaced, f.count(scenario.replaced)) : m.impact.unaffected}</p>
      )}
    </section>
  );
}
