import { useLayoutEffect, useRef, useState } from 'react';
import { useMessages } from './i18n/useMessages';

/**
 * An embed's caption, cut to a few lines where it would take the map's room (a phone, a short embed), with a
 * button to read the rest. Screen readers always get the whole text: the cut is visual only.
 */
export function CaptionText({ text }: { text: string }) {
  const m = useMessages();
  const ref = useRef<HTMLParagraphElement>(null);
  const [expanded, setExpanded] = useState(false);
  const [overflows, setOverflows] = useState(false);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || expanded) return;
    const check = () => setOverflows(el.scrollHeight > el.clientHeight + 1);
    check();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(check);
    observer.observe(el);
    return () => observer.disconnect();
  }, [expanded, text]);
  return (
    <>
      <p ref={ref} className={expanded ? 'caption' : 'caption clamped'}>
        {text}
      </p>
      {(overflows || expanded) && (
        <button type="button" className="link-button caption-toggle" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
          {expanded ? m.app.captionLess : m.app.captionMore}
        </button>
      )}
    </>
  );
}
