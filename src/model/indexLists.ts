/** Whether any of the indices (edges or nodes) is marked dead. */
export function crossesAny(indices: readonly number[], dead: Uint8Array): boolean {
  for (const i of indices) if (dead[i]) return true;
  return false;
}

/** Whether two paths are the same list of edges. */
export function sameEdges(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
