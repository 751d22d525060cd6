import { useId, useMemo } from 'react';
import type { Backbone } from '../../../data/normalize';
import { useExplorer, useExplorerStore } from '../../../store/context';
import { useFormatters, useLang, useMessages } from '../../i18n/useMessages';
import { AsPathList, FailoverWords } from './AsPath';
import { metroLabel } from '../../entityInfo';
import { networkColour } from '../../palette';
import { failoverStory } from '../../../model/failoverStory';
import { LABEL_CHARS, shorten } from '../format';
import { LongText } from '../LongText';
import { routeEndMetro } from '../../../model/routeEnds';

/** Two cities, the route between them, its RTT beside the fibre floor, and how the cuts change it. */
export function RouteInspector({ backbone, colours }: { backbone: Backbone; colours: ReadonlyMap<string, string> }) {
  const inspector = useExplorer((s) => s.inspector);
  const store = useExplorerStore();
  const id = useId();
  const lang = useLang();
  const m = useMessages();
  const f = useFormatters();
  const metros = useMemo(() => [...backbone.dataset.metros].sort((a, b) => a.name.localeCompare(b.name, lang)), [backbone, lang]);
  const { from, to } = inspector;
  // Two ends routed as one city (two data centres of Frankfurt) make no route: say so rather than show a zero.
  const sameCity = from !== null && to !== null && from !== to && routeEndMetro(backbone, from) === routeEndMetro(backbone, to);
  const current = sameCity ? null : inspector.current;
  const intact = sameCity ? null : inspector.intact;
  const set = (nextFrom: string | null, nextTo: string | null) => store.getState().setInspector(nextFrom, nextTo);
  const facilities = useMemo(() => [...backbone.dataset.facilities].sort((a, b) => a.name.localeCompare(b.name, lang)), [backbone, lang]);
  const cityOptions = metros.map((m) => (
    <option key={m.id} value={m.id}>
      {shorten(metroLabel(backbone, m.id, lang), LABEL_CHARS)}
    </option>
  ));
  // A data centre or cloud region is an end too: the engine routes it as its metro (src/model/routeEnds.ts).
  const options = facilities.length ? (
    <>
      <optgroup label={m.inspector.cities}>{cityOptions}</optgroup>
      <optgroup label={m.inspector.facilities}>
        {facilities.map((x) => (
          <option key={x.id} value={x.id}>
            {shorten(`${x.name} · ${metroLabel(backbone, x.metro, lang)}`, LABEL_CHARS)}
          </option>
        ))}
      </optgroup>
    </>
  ) : (
    cityOptions
  );
  const change = current && intact && current.rttMs !== null && intact.rttMs !== null ? current.rttMs - intact.rttMs : null;
  const cableNames = (ids: string[]) => ids.map((c) => backbone.cables.get(c)?.name ?? c).join(', ');
  const metroName = (id: string) => metroLabel(backbone, id, lang);
  const colourOf = (network: string) => networkColour(colours, network);
  const story = current && intact ? failoverStory(intact, current) : null;
  const changed = story !== null && story.kind !== 'unchanged';
  return (
    <section className="inspector" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{m.inspector.title}</h2>
      <div className="inspector-pick">
        <label>
          {m.inspector.from}
          <select value={from ?? ''} onChange={(e) => set(e.target.value || null, to)}>
            <option value="">{m.inspector.choose}</option>
            {options}
          </select>
        </label>
        <label>
          {m.inspector.to}
          <select value={to ?? ''} onChange={(e) => set(from, e.target.value || null)}>
            <option value="">{m.inspector.choose}</option>
            {options}
          </select>
        </label>
      </div>
      {sameCity && <p className="hint">{m.inspector.sameCity}</p>}
      {current && (
        <dl className="facts inspector-result">
          <dt>{m.inspector.rttNow}</dt>
          <dd>{current.rttMs === null ? <strong className="bad">{m.inspector.noRoute}</strong> : f.ms(current.rttMs)}</dd>
          {change !== null && Math.abs(change) >= 0.05 && intact?.rttMs != null && (
            <>
              <dt>{m.inspector.intact}</dt>
              <dd>
                {f.ms(intact.rttMs)}{' '}
                <span className={change > 0 ? 'bad' : undefined}>
                  ({change > 0 ? '+' : '−'}
                  {f.decimal(Math.abs(change), 1, true)} ms)
                </span>
              </dd>
            </>
          )}
          <dt>{m.inspector.floor}</dt>
          <dd>{f.ms(current.floorMs)}</dd>
          <dt>{m.inspector.via}</dt>
          <dd>{current.cables.length ? <LongText text={cableNames(current.cables)} /> : current.path ? m.inspector.landOnly : '—'}</dd>
          {current.metros.length > 2 && (
            <>
              <dt>{m.inspector.through}</dt>
              <dd>{current.metros.slice(1, -1).map(metroName).join(' → ')}</dd>
            </>
          )}
        </dl>
      )}
      {current && story && <FailoverWords current={current} story={story} backbone={backbone} />}
      {current && (changed && intact ? (
        // Before and after side by side (stacked where the panel is narrow): the networks that carried it, and those that do now.
        <div className="as-path-compare">
          {intact.asPath.length > 0 && <AsPathList title={m.inspector.before} hops={intact.asPath} metroName={metroName} colourOf={colourOf} />}
          <AsPathList title={m.inspector.now} hops={current.asPath} metroName={metroName} colourOf={colourOf} />
        </div>
      ) : (
        current.asPath.length > 0 && <AsPathList title={m.inspector.networks} hops={current.asPath} metroName={metroName} colourOf={colourOf} />
      ))}
      {current && current.asPath.length > 0 && <p className="hint">{m.inspector.modelNote}</p>}
    </section>
  );
}
