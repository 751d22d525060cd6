import type { Lang } from './messages';

/** The locale each language formats with: British English (the project's spelling), German as in Germany. */
export const LOCALES: Readonly<Record<Lang, string>> = { en: 'en-GB', de: 'de-DE' };

export interface Formatters {
  /** 1234 → "1,234" / "1.234". */
  count: (n: number) => string;
  /** A number with at most `digits` decimals (fixed when `fixed`): 12.5 → "12.5" / "12,5". */
  decimal: (n: number, digits?: number, fixed?: boolean) => string;
  km: (km: number) => string;
  /** Capacity: below 1 Tbit/s in Gbit/s. */
  tbps: (tbps: number) => string;
  ms: (ms: number) => string;
  /** A percentage given in per cent (12.5 → "12.5%" / "12,5 %"); `signed` shows "+". */
  percent: (pct: number, digits?: number, signed?: boolean) => string;
  /** A dataset date, written YYYY, YYYY-MM or YYYY-MM-DD, in words: "24 Feb 2024" / "24. Feb. 2024". */
  date: (iso: string) => string;
  /** "GB" → "United Kingdom" / "Vereinigtes Königreich"; the code itself where the runtime does not know it. */
  countryName: (code: string) => string;
  /** A position: "51.5°, -0.1°" / "51,5°; -0,1°" (a comma is the German decimal mark). */
  lonLat: (lon: number, lat: number, digits?: number) => string;
}

const cache = new Map<Lang, Formatters>();

/** Number, date, list and country-name formatting for a language; one set per language, made once. */
export function createFormatters(lang: Lang): Formatters {
  const known = cache.get(lang);
  if (known) return known;
  const locale = LOCALES[lang];
  const numbers = new Map<string, Intl.NumberFormat>();
  const number = (options: Intl.NumberFormatOptions) => {
    const key = JSON.stringify(options);
    let f = numbers.get(key);
    if (!f) numbers.set(key, (f = new Intl.NumberFormat(locale, options)));
    return f;
  };
  const decimal = (n: number, digits = 1, fixed = false) => number({ maximumFractionDigits: digits, minimumFractionDigits: fixed ? digits : 0 }).format(n);
  // Made on first use: the browser's first Intl object loads its locale data (some 30 ms), which should not
  // fall into the first render; `warmFormatters` does it in a task of its own.
  const day = once(() => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }));
  const month = once(() => new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }));
  const regions = once(() => (typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames([locale], { type: 'region' }) : null));
  const formatters: Formatters = {
    count: (n) => number({ maximumFractionDigits: 0 }).format(n),
    decimal,
    km: (km) => `${number({ maximumFractionDigits: 0 }).format(km)} km`,
    tbps: (tbps) => (tbps < 1 ? `${number({ maximumFractionDigits: 0 }).format(tbps * 1000)} Gbit/s` : `${decimal(tbps)} Tbit/s`),
    ms: (ms) => `${decimal(ms)} ms`,
    percent: (pct, digits = 1, signed = false) =>
      number({ style: 'percent', maximumFractionDigits: digits, signDisplay: signed ? 'exceptZero' : 'auto' }).format(pct / 100),
    date: (iso) => {
      const [y, m, d] = iso.split('-').map(Number);
      if (!y) return iso;
      if (!m) return String(y);
      const at = new Date(Date.UTC(y, m - 1, d ?? 1));
      return Number.isNaN(at.getTime()) ? iso : (d ? day() : month()).format(at);
    },
    countryName: (code) => {
      try {
        return regions()?.of(code) ?? code;
      } catch {
        return code;
      }
    },
    lonLat: (lon, lat, digits = 1) => `${decimal(lat, digits, true)}°${lang === 'de' ? ';' : ','} ${decimal(lon, digits, true)}°`,
  };
  cache.set(lang, formatters);
  return formatters;
}

function once<T>(make: () => T): () => T {
  let made: { value: T } | null = null;
  return () => (made ??= { value: make() }).value;
}

/**
 * Loads the language's locale data ahead of need while the dataset is on its way, so that the render that draws
 * the data does not pay for it: numbers, dates and country names each in a task of their own (together they took
 * 70–100 ms, a long task of their own). Returns a function that cancels what has not run yet.
 */
export function warmFormatters(lang: Lang): () => void {
  const f = createFormatters(lang);
  const steps = [() => f.count(1), () => f.date('2000-01-01'), () => f.countryName('GB')];
  let timer: ReturnType<typeof setTimeout>;
  const next = (i: number) => {
    timer = setTimeout(() => {
      steps[i]!();
      if (i + 1 < steps.length) next(i + 1);
    }, 0);
  };
  next(0);
  return () => clearTimeout(timer);
}
