import { useExplorer, useExplorerStore } from '../../../store/context';
import { useMessages } from '../../i18n/useMessages';

/** Says what each cut or restore did, for screen readers; shows a notice when a request was not carried out. */
export function LiveRegion() {
  const announcement = useExplorer((s) => s.announcement);
  const notice = useExplorer((s) => s.notice);
  const store = useExplorerStore();
  const m = useMessages();
  return (
    <>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      {notice && (
        <div className="notice" role="status">
          <span>{notice}</span>
          <button type="button" onClick={() => store.getState().dismissNotice()} aria-label={m.notice.dismiss}>
            ×
          </button>
        </div>
      )}
    </>
  );
}
