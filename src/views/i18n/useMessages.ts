import { createFormatters } from '../../i18n/format';
import type { Formatters } from '../../i18n/format';
import { messagesFor } from '../../i18n/messages';
import type { Lang, Messages } from '../../i18n/messages';
import { useExplorer } from '../../store/context';

export type { Formatters, Lang, Messages };

/** Numbers, dates and country names for a language (made once per language). */
function formatters(lang: Lang): Formatters {
  return createFormatters(lang);
}

/** This explorer's interface language; components re-render when it changes, and only then. */
export function useLang(): Lang {
  return useExplorer((s) => s.lang);
}

/** The interface strings in this explorer's language. */
export function useMessages(): Messages {
  return messagesFor(useLang());
}

/** The number, date and country-name formatters for this explorer's language. */
export function useFormatters(): Formatters {
  return formatters(useLang());
}
