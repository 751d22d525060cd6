/** The longest URL an option may hold. */
export const MAX_URL_LENGTH = 2048;

/** Whether text holds a space or a control character (never part of a URL or an id given as an option). */
export function hasSpaceOrControl(text: string): boolean {
  if (/\s/.test(text)) return true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) return true;
  }
  return false;
}

/**
 * Whether `data-src` may be fetched: an http(s) URL, or a relative path that stays on the page's host. Kept apart
 * from parseOptions.ts so that the app's first module can start loading the dataset before the rest arrives.
 */
export function isSafeDataSrc(text: string): boolean {
  if (!text || text.length > MAX_URL_LENGTH || hasSpaceOrControl(text) || text.includes('\\')) return false;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(text)?.[1]?.toLowerCase();
  try {
    if (scheme !== undefined) {
      const url = new URL(text);
      return (scheme === 'http' || scheme === 'https') && url.protocol === `${scheme}:` && url.host !== '';
    }
    // A relative reference must stay on the page's host ("//elsewhere.org/x" does not).
    return !text.startsWith('//') && new URL(text, 'https://page.invalid/').host === 'page.invalid';
  } catch {
    return false;
  }
}
