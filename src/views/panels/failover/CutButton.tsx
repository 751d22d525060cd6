import { useExplorer, useExplorerStore } from '../../../store/context';
import { isCut } from '../../../store/slices/failureSlice';
import type { CutTarget } from '../../../store/types';
import { useMessages } from '../../i18n/useMessages';

/** Cuts or restores one thing; says which it will do, so that the same button serves both ways. */
export function CutButton({ target }: { target: CutTarget }) {
  const cut = useExplorer((s) => isCut(s.cuts, target));
  const store = useExplorerStore();
  const words = useMessages().cutButton[target.kind];
  return (
    <button
      type="button"
      className={`cut-button${cut ? ' is-cut' : ''}`}
      aria-pressed={cut}
      onClick={() => (cut ? store.getState().restore(target) : store.getState().cut(target))}
    >
      {cut ? words.restore : words.cut}
    </button>
  );
}
