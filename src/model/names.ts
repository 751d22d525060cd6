/** Finding records by id, name or alias, and suggesting the nearest when none matches. */

export interface Named {
  id: string;
  name: string;
  aliases?: readonly string[];
}

/** Case, accents, punctuation and spacing folded away: "SEA-ME-WE 4" and "seamewe4" match. */
export function foldName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

function terms(r: Named): string[] {
  return [r.id, r.name, ...(r.aliases ?? [])].map(foldName);
}

/** The record whose id, name or an alias equals `query` (case-insensitive, punctuation ignored); the first in id order if several do. */
export function findByName<T extends Named>(records: Iterable<T>, query: string): T | undefined {
  const q = foldName(query);
  if (!q) return undefined;
  let found: T | undefined;
  for (const r of records) if (terms(r).includes(q) && (!found || r.id < found.id)) found = r;
  return found;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}

/** Up to `n` records nearest `query`: names containing it first, then by edit distance; written "Name (id)". */
export function nearestNames(records: Iterable<Named>, query: string, n = 5): string[] {
  const q = foldName(query);
  const scored: { label: string; score: number }[] = [];
  for (const r of records) {
    let score = Infinity;
    for (const t of terms(r)) {
      const s = t.includes(q) || q.includes(t) ? Math.abs(t.length - q.length) / 100 : editDistance(q, t);
      score = Math.min(score, s);
    }
    scored.push({ label: r.name === r.id ? r.id : `${r.name} (${r.id})`, score });
  }
  return scored
    .sort((a, b) => a.score - b.score || (a.label < b.label ? -1 : 1))
    .slice(0, n)
    .map((s) => s.label);
}
