import { useState } from 'react';
import { useFormatters, useMessages } from '../i18n/useMessages';
import { LABEL_CHARS, TEXT_CHARS, shorten } from './format';

/**
 * A name from the data where it labels something (a heading, a button, a list item): shortened past `max`
 * characters, the whole value in its title. <bdi> isolates its direction, so a right-to-left or override
 * character in the data cannot reorder the words around it.
 */
export function Label({ text, max = LABEL_CHARS }: { text: string; max?: number }) {
  const shown = shorten(text, max);
  return <bdi title={shown === text ? undefined : text}>{shown}</bdi>;
}

/** A text from the data (notes, a citation, a list of owners): past `max` characters, shortened with a button that shows it all. */
export function LongText({ text, max = TEXT_CHARS }: { text: string; max?: number }) {
  // Shown whole for this text only: when the panel moves to another record, its text starts shortened again.
  const [wholeText, setWholeText] = useState<string | null>(null);
  const whole = wholeText === text;
  const m = useMessages();
  const f = useFormatters();
  const shown = shorten(text, max);
  if (shown === text) return <bdi>{text}</bdi>;
  return (
    <>
      <bdi>{whole ? text : shown}</bdi>{' '}
      <button type="button" className="link-button show-whole" aria-expanded={whole} onClick={() => setWholeText(whole ? null : text)}>
        {whole ? m.details.showLess : m.details.showWhole(f.count(text.length))}
      </button>
    </>
  );
}
