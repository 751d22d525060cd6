import type { Backbone } from '../../data/normalize';
import { useExplorer, useExplorerStore } from '../../store/context';
import { useFormatters, useLang, useMessages } from '../i18n/useMessages';
import { Label } from './LongText';

/** Carriers as a colour key and a filter: checking any shows only their PoPs, links and cables. */
export function CarrierFilter({ backbone, colours }: { backbone: Backbone; colours: ReadonlyMap<string, string> }) {
  const filter = useExplorer((s) => s.carrierFilter);
  const store = useExplorerStore();
  const m = useMessages();
  const lang = useLang();
  const f = useFormatters();
  const carriers = [...backbone.dataset.carriers].sort((a, b) => a.tier - b.tier || a.name.localeCompare(b.name, lang));
  return (
    <fieldset className="carriers">
      <legend>
        {m.carriers.legend}{' '}
        {filter.size > 0 && (
          <button type="button" className="link-button" onClick={() => store.getState().clearCarrierFilter()}>
            {m.carriers.showAll}
          </button>
        )}
      </legend>
      {/* Foldable: 100-odd checkboxes are a long way to scroll or tab past. */}
      <details open>
        <summary>{m.carriers.list(f.count(carriers.length))}</summary>
      <ul>
        {carriers.map((c) => (
          <li key={c.id}>
            <label>
              <input type="checkbox" checked={filter.has(c.id)} onChange={() => store.getState().toggleCarrier(c.id)} />
              <span className="carrier-swatch" style={{ background: colours.get(c.id) }} aria-hidden="true" />
              <Label text={c.name} /> <span className="asn">AS{c.asn}</span>
              {c.tier === 1 && (
                <span className="tier-badge" title={m.details.tier1Badge}>
                  T1
                </span>
              )}
            </label>
          </li>
        ))}
      </ul>
      </details>
    </fieldset>
  );
}
