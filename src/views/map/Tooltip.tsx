import type { Backbone } from '../../data/normalize';
import { useExplorer } from '../../store/context';
import { entityName } from '../entityInfo';
import { useLang, useMessages } from '../i18n/useMessages';
import { Label } from '../panels/LongText';

/** Names what the pointer is over. Text only: dataset strings are never HTML. */
export function Tooltip({ backbone }: { backbone: Backbone }) {
  const hovered = useExplorer((s) => s.hovered);
  const lang = useLang();
  const m = useMessages();
  if (!hovered) return null;
  const name = entityName(backbone, hovered, lang);
  if (!name) return null;
  return (
    <div className="tooltip" role="tooltip" style={{ left: hovered.x + 12, top: hovered.y + 12 }}>
      <strong>
        <Label text={name} />
      </strong>
      <span>{m.kinds[hovered.kind]}</span>
    </div>
  );
}
