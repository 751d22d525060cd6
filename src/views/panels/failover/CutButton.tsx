import { useExplorer, useExplorerStore } from '../../../store/context';
import { isCut } from '../../../store/slices/failureSlice';
import type { CutTarget } from '../../../store/types';

/** Cuts or restores one thing; says which it will do, so that the same button serves both ways. */
export function CutButton({ target, label }: { target: CutTarget; label: string }) {
  const cut = useExplorer((s) => isCut(s.cuts, target));
  const store = useExplorerStore();
  return (
    <button
      type="button"
      className={`cut-button${cut ? ' is-cut' : ''}`}
      aria-pressed={cut}
      onClick={() => (cut ? store.getState().restore(target) : store.getState().cut(target))}
    >
      {cut ? `Restore ${label}` : `Cut ${label}`}
    </button>
  );
}
