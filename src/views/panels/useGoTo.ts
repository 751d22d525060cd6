import { useCallback } from 'react';
import { useExplorerStore } from '../../store/context';
import type { EntityRef } from '../../store/types';
import { entityExtent, entityLocation, entityZoom } from '../entityInfo';

/** Selects an entity and brings it into view: what choosing a search result or a link in the details does. */
export function useGoTo(): (entity: EntityRef) => void {
  const store = useExplorerStore();
  return useCallback(
    (entity: EntityRef) => {
      const state = store.getState();
      state.select(entity);
      const backbone = state.backbone;
      const at = backbone && entityLocation(backbone, entity);
      if (at) state.focusOn(at, entityZoom(entity), entityExtent(backbone, entity));
    },
    [store],
  );
}
