import { useExplorer, useExplorerStore } from '../../../store/context';
import { cutCount } from '../../../store/slices/failureSlice';
import { announcementText, noticeText } from '../../announce';
import { useLang, useMessages } from '../../i18n/useMessages';

/** Says what each cut or restore did, for screen readers; shows a notice when a request was not carried out. Words come from the store's events, in the current language. */
export function LiveRegion() {
  const event = useExplorer((s) => s.event);
  const notice = useExplorer((s) => s.notice);
  const scenario = useExplorer((s) => s.scenario);
  const backbone = useExplorer((s) => s.backbone);
  const anyCut = useExplorer((s) => cutCount(s.cuts) > 0);
  const store = useExplorerStore();
  const lang = useLang();
  const m = useMessages();
  return (
    <>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcementText(backbone, event, scenario, anyCut, lang)}
      </p>
      {notice && (
        <div className="notice" role="status">
          <span>{noticeText(backbone, notice, lang)}</span>
          <button type="button" onClick={() => store.getState().dismissNotice()} aria-label={m.notice.dismiss}>
            ×
          </button>
        </div>
      )}
    </>
  );
}
