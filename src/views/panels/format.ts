// Numbers, dates and country names are formatted per language by src/i18n/format.ts (useFormatters()).

/** Only web addresses become links; anything else (a citation, a malformed value) stays text. */
export function safeHref(source: string): string | null {
  try {
    const url = new URL(source);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The most characters a name shows where it labels something (a heading, a button, a list); its title holds the whole. */
export const LABEL_CHARS = 120;
/** The most characters a text from the data (notes, a citation, a list of owners) shows before "Show all". */
export const TEXT_CHARS = 1000;

/**
 * The text cut to at most `max` characters with an ellipsis, never between the two halves of a surrogate pair;
 * unchanged when it is short enough. Panels render what a dataset holds, and a dataset may hold 100,000 characters in a name.
 */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - 1);
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}
