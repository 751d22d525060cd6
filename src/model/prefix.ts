import { ModelInputError } from './ids';

/** An IPv4 address block: its first address as a 32-bit number and its prefix length. */
export interface Prefix {
  base: number;
  length: number;
}

/** Parses `a.b.c.d/n`; a malformed block, or one with host bits set, is a ModelInputError naming it. */
export function parsePrefix(text: string): Prefix {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(text.trim());
  if (!m) throw new ModelInputError(`"${text}" is not an IPv4 prefix (write it as a.b.c.d/n)`);
  const octets = m.slice(1, 5).map(Number);
  const length = Number(m[5]);
  if (octets.some((o) => o > 255) || length > 32) throw new ModelInputError(`"${text}" is not an IPv4 prefix: octets go to 255, lengths to 32`);
  const base = ((octets[0]! << 24) | (octets[1]! << 16) | (octets[2]! << 8) | octets[3]!) >>> 0;
  if (base !== (base & mask(length)) >>> 0) throw new ModelInputError(`"${text}" has host bits set; the block starts at ${formatPrefix({ base: (base & mask(length)) >>> 0, length })}`);
  return { base, length };
}

function mask(length: number): number {
  return length === 0 ? 0 : (0xffffffff << (32 - length)) >>> 0;
}

export function formatPrefix(p: Prefix): string {
  return `${[24, 16, 8, 0].map((s) => (p.base >>> s) & 255).join('.')}/${p.length}`;
}

/** Whether `inner` lies within `outer` (equal blocks included). */
export function covers(outer: Prefix, inner: Prefix): boolean {
  return inner.length >= outer.length && (inner.base & mask(outer.length)) >>> 0 === outer.base;
}

/** The first half of a block: the more-specific that a hijacker or an optimiser announces to win by longest match. */
export function firstHalf(p: Prefix): Prefix {
  if (p.length >= 32) throw new ModelInputError(`${formatPrefix(p)} has no more-specific block`);
  return { base: p.base, length: p.length + 1 };
}
