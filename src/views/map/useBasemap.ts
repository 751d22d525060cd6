import { useEffect, useMemo, useState } from 'react';
import type { Topology } from 'topojson-specification';
import { createBasemap } from '../../geo/basemap';
import type { Basemap } from '../../geo/basemap';

const cache = new Map<string, Promise<Basemap>>();

/** Fetches and converts the world outline once per URL, however many maps ask for it. */
function loadBasemap(url: string): Promise<Basemap> {
  let pending = cache.get(url);
  if (!pending) {
    pending = fetch(url)
      .then((r) => {
        if (!r.ok) throw new Error(`HTTP ${r.status}`);
        return r.json() as Promise<Topology>;
      })
      .then(createBasemap);
    pending.catch(() => cache.delete(url));
    cache.set(url, pending);
  }
  return pending;
}

/** The basemap from a topology given directly, else from a URL; null while it loads or if it fails (the map still works). */
export function useBasemap(source: { topology?: Topology; url?: string }): Basemap | null {
  const { topology, url } = source;
  const [fetched, setFetched] = useState<Basemap | null>(null);
  useEffect(() => {
    if (topology || !url) return;
    let live = true;
    loadBasemap(url).then(
      (basemap) => live && setFetched(basemap),
      (error: unknown) => console.warn(`Backbone Explorer: the world outline could not be loaded from ${url}: ${String(error)}`),
    );
    return () => {
      live = false;
    };
  }, [topology, url]);
  const given = useMemo(() => (topology ? createBasemap(topology) : null), [topology]);
  return given ?? fetched;
}
