import { useLayoutEffect, useState } from 'react';
import type { RefObject } from 'react';

export interface Size {
  width: number;
  height: number;
}

/**
 * The element's content size, kept current with a ResizeObserver (as visx's useParentSize); `measured` is
 * false until the first measurement (before the browser paints), so that a costly drawing can wait for the
 * real size instead of being drawn twice, once at the fallback; `laidOut` says the size came from a real layout.
 * Where nothing can be measured (no layout, as in jsdom), the fallback counts as measured.
 */
export function useParentSize(ref: RefObject<HTMLElement | null>, fallback: Size = { width: 960, height: 540 }): Size & { measured: boolean; laidOut?: boolean } {
  const [size, setSize] = useState<Size & { measured: boolean; laidOut?: boolean }>({ ...fallback, measured: false });
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const rect = el.getBoundingClientRect();
      const width = Math.round(rect.width);
      const height = Math.round(rect.height);
      if (width > 0 && height > 0) setSize((s) => (s.measured && s.width === width && s.height === height ? s : { width, height, measured: true, laidOut: true }));
      else setSize((s) => (s.measured ? s : { ...s, measured: true }));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}
