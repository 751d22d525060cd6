import type { Backbone } from '../../data/normalize';
import { useExplorer } from '../../store/context';
import { KIND_LABELS, entityName } from '../entityInfo';

/** Names what the pointer is over. Text only: dataset strings are never HTML. */
export function Tooltip({ backbone }: { backbone: Backbone }) {
  const hovered = useExplorer((s) => s.hovered);
  if (!hovered) return null;
  const name = entityName(backbone, hovered);
  if (!name) return null;
  return (
    <div className="tooltip" role="tooltip" style={{ left: hovered.x + 12, top: hovered.y + 12 }}>
      <strong>{name}</strong>
      <span>{KIND_LABELS[hovered.kind]}</span>
    </div>
  );
}
