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
