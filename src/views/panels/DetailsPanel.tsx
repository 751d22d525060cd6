import type { Backbone } from '../../data/normalize';
import { useExplorer, useExplorerStore } from '../../store/context';
import { entityName } from '../entityInfo';
import { useLang, useMessages } from '../i18n/useMessages';
import { ImpactSummary } from './failover/ImpactSummary';
import { KIND_DETAILS } from './kindDetails';
import { LABEL_CHARS, shorten } from './format';
import { Label } from './LongText';

/** The side panel (a bottom sheet on phones) that describes the selected record. */
export function DetailsPanel({ backbone }: { backbone: Backbone }) {
  const selected = useExplorer((s) => s.selected);
  const store = useExplorerStore();
  const lang = useLang();
  const m = useMessages();
  if (!selected) return null;
  const name = entityName(backbone, selected, lang);
  const close = () => store.getState().select(null);
  const Described = KIND_DETAILS[selected.kind];
  return (
    <aside className="details" aria-label={m.details.label(name ? shorten(name, LABEL_CHARS) : m.details.notFound)}>
      <header>
        <p className="kind">{m.kinds[selected.kind]}</p>
        <h2>{name ? <Label text={name} /> : m.details.notInDataset}</h2>
        <button type="button" className="close" onClick={close} aria-label={m.details.close}>
          ×
        </button>
      </header>
      <div className="details-body">
        <ImpactSummary />
        {!name && <p>{m.details.noSuchId(shorten(selected.id, LABEL_CHARS))}</p>}
        {name && Described && <Described backbone={backbone} id={selected.id} />}
      </div>
    </aside>
  );
}
