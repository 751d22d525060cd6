/** Below this width (CSS px) an explorer uses its compact layout: drawer and bottom sheet (the container query in styles.css). */
const COMPACT_WIDTH = 900;

/** Whether the explorer around `element` is in its compact layout: its own width decides, not the window's. */
export function isCompact(element: Element | null): boolean {
  const explorer = element?.closest('.explorer');
  return explorer ? explorer.getBoundingClientRect().width <= COMPACT_WIDTH : false;
}
