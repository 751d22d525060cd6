const integer = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });

export const formatKm = (km: number) => `${integer.format(km)} km`;
export const formatTbps = (tbps: number) => (tbps < 1 ? `${integer.format(tbps * 1000)} Gbit/s` : `${decimal.format(tbps)} Tbit/s`);
export const formatCount = (n: number) => integer.format(n);

const STATUS_LABELS = { 'in-service': 'In service', planned: 'Planned', retired: 'Retired' } as const;
export const formatStatus = (status: keyof typeof STATUS_LABELS) => STATUS_LABELS[status];

/** Only web addresses become links; anything else (a citation, a malformed value) stays text. */
export function safeHref(source: string): string | null {
  try {
    const url = new URL(source);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
