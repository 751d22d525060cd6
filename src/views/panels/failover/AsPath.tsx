import type { RouteView } from '../../../model/scenario';
import type { FailoverStory, StoryNetwork } from '../../../model/failoverStory';
import type { Backbone } from '../../../data/normalize';
import { useFormatters, useMessages } from '../../i18n/useMessages';
import { LABEL_CHARS, shorten } from '../format';

type Hop = RouteView['asPath'][number];

/** The networks that carry a route, in order: who hands over to whom, where, and as what; each with its colour on the map. */
export function AsPathList({ title, hops, metroName, colourOf }: { title: string; hops: readonly Hop[]; metroName: (id: string) => string; colourOf: (network: string) => string }) {
  const m = useMessages();
  const name = useNetworkName();
  return (
    <div className="as-path">
      <h3>{title}</h3>
      <ol>
        {hops.map((h, i) => (
          <li key={`${h.carrier}-${i}`}>
            <span className="network-swatch" aria-hidden="true" style={{ background: colourOf(h.carrier) }} />
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
    </div>
  );
}

/**
 * What the cuts did to a route, in words: which network rerouted inside its own fibre and over what, or which
 * network withdrew the route and which took over (and as what), or that no path of networks is left.
 */
export function FailoverWords({ current, story, backbone }: { current: RouteView; story: FailoverStory; backbone: Backbone }) {
  const m = useMessages();
  const name = useNetworkName();
  const list = (networks: readonly StoryNetwork[]) => networks.map(name).join(', ');
  const element = (id: string) => backbone.cables.get(id)?.name ?? backbone.terrestrialLinks.get(id)?.name ?? id;
  switch (story.kind) {
    case 'unchanged':
      return null;
    case 'lost':
      return <p className="failover-words bad">{m.inspector.withdrawnNoRoute(list(story.networks))}</p>;
    case 'inside':
      return <p className="failover-words">{m.inspector.reroutedInside(name(story.network), story.over.map(element).join(', '))}</p>;
    case 'as-path': {
      const via = story.via.map((n) => (n.relation ? m.inspector.asRelation(name(n), n.relation) : name(n))).join(', ');
      return <p className="failover-words">{m.inspector.asPathChanged(list(story.withdrawn), via, current.asPath.map(name).join(' → '))}</p>;
    }
  }
}

/** A network's name for people: a carrier's own, or "Germany's access networks" for `access-de`. */
function useNetworkName(): (hop: Pick<Hop, 'carrier' | 'name'>) => string {
  const m = useMessages();
  const f = useFormatters();
  return (hop) => (hop.carrier.startsWith('access-') ? m.inspector.accessNetworks(f.countryName(hop.carrier.slice(7).toUpperCase())) : shorten(hop.name, LABEL_CHARS));
}
