import type { Backbone } from '../../data/normalize';
import { useExplorer, useExplorerStore } from '../../store/context';
import { KIND_LABELS, entityName } from '../entityInfo';
import { CableDetails, LandingPointDetails, LinkDetails } from './CableDetails';
import { CarrierDetails, CountryDetails, IxpDetails, MetroDetails } from './PlaceDetails';

/** The side panel (a bottom sheet on phones) that describes the selected record. */
export function DetailsPanel({ backbone }: { backbone: Backbone }) {
  const selected = useExplorer((s) => s.selected);
  const store = useExplorerStore();
  if (!selected) return null;
  const name = entityName(backbone, selected);
  const close = () => store.getState().select(null);
  return (
    <aside className="details" aria-label={`Details: ${name ?? 'not found'}`}>
      <header>
        <p className="kind">{KIND_LABELS[selected.kind]}</p>
        <h2>{name ?? 'Not in this dataset'}</h2>
        <button type="button" className="close" onClick={close} aria-label="Close details">
          ×
        </button>
      </header>
      <div className="details-body">
        {!name && <p>Nothing with the id “{selected.id}” is in this dataset.</p>}
        {name && selected.kind === 'cable' && <CableDetails backbone={backbone} id={selected.id} />}
        {name && selected.kind === 'link' && <LinkDetails backbone={backbone} id={selected.id} />}
        {name && selected.kind === 'landingPoint' && <LandingPointDetails backbone={backbone} id={selected.id} />}
        {name && selected.kind === 'metro' && <MetroDetails backbone={backbone} id={selected.id} />}
        {name && selected.kind === 'ixp' && <IxpDetails backbone={backbone} id={selected.id} />}
        {name && selected.kind === 'carrier' && <CarrierDetails backbone={backbone} id={selected.id} />}
        {name && selected.kind === 'country' && <CountryDetails backbone={backbone} id={selected.id} />}
      </div>
    </aside>
  );
}
