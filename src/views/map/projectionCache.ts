/**
 * A value per pair of objects (a projection and what is drawn with it), made once and kept outside component
 * state: the map's first drawing renders as a transition, which React throws away when a more urgent update
 * comes, and what was projected must not go with it. Both keys are held weakly.
 */
export function cachedFor<A extends object, B extends object, V>(cache: WeakMap<A, WeakMap<B, V>>, a: A, b: B, make: () => V): V {
  let byB = cache.get(a);
  if (!byB) cache.set(a, (byB = new WeakMap()));
  let value = byB.get(b);
  if (value === undefined) byB.set(b, (value = make()));
  return value;
}
