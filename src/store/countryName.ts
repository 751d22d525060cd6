import { createFormatters } from '../i18n/format';
import type { Lang } from '../i18n/messages';

/** "GB" → "United Kingdom" ("Vereinigtes Königreich" in German); the code itself where the runtime does not know it. */
export function countryName(code: string, lang: Lang = 'en'): string {
  return createFormatters(lang).countryName(code);
}
