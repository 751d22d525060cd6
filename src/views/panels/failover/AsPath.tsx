import type { RouteView } from '../../../model/scenario';
import { useFormatters, useMessages } from '../../i18n/useMessages';
import { LABEL_CHARS, shorten } from '../format';

type Hop = RouteView['asPath'][number];

/** The networks that carry a route, in order: who hands over to whom, where, and as what. */
export function AsPathList({ title, hops, metroName }: { title: string; hops: readonly Hop[]; metroName: (id: string) => string }) {
  const m = useMessages();
  const name = useNetworkName();
  return (
    <div className="as-path">
      <h3>{title}</h3>
      <ol>
        {hops.map((h, i) => (
          <li key={`${h.carrier}-${i}`}>
            <strong>{name(h)}</strong>
            {h.asn !== null && <span className="detail"> AS{h.asn}</span>}
            <span className="detail">
              {' '}
              {h.from === h.to ? metroName(h.from) : `${metroName(h.from)} → ${metroName(h.to)}`}
              {h.next && ` · ${m.inspector.handsTo[h.next]}`}
            </span>
          </li>
        ))}
      </ol>
      <p className="hint">{m.inspector.modelNote}</p>
    </div>
  );
}

/** What the cuts did to a route, in words: rerouted inside the same networks, or onto another AS path. */
export function FailoverWords({ current, intact }: { current: RouteView; intact: RouteView }) {
  const m = useMessages();
  const name = useNetworkName();
  const names = (r: RouteView) => r.asPath.map(name);
  const before = names(intact);
  const after = names(current);
  const samePath = before.length === after.length && before.every((n, i) => n === after[i]);
  const sameFibre = JSON.stringify(current.path) === JSON.stringify(intact.path);
  if (current.rttMs === null && intact.rttMs !== null) return <p className="failover-words bad">{m.inspector.withdrawnNoRoute(before.join(' → '))}</p>;
  if (samePath && sameFibre) return null;
  const text = samePath
    ? m.inspector.reroutedInside(after.slice(1, -1).join(', ') || after.join(', '))
    : m.inspector.asPathChanged(before.join(' → '), after.join(' → '));
  return <p className="failover-words">{text}</p>;
}

/** A network's name for people: a carrier's own, or "Germany's access networks" for `access-de`. */
function useNetworkName(): (hop: Pick<Hop, 'carrier' | 'name'>) => string {
  const m = useMessages();
  const f = useFormatters();
  return (hop) => (hop.carrier.startsWith('access-') ? m.inspector.accessNetworks(f.countryName(hop.carrier.slice(7).toUpperCase())) : shorten(hop.name, LABEL_CHARS));
}
