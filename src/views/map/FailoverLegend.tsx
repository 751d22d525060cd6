import { useLayoutEffect, useRef } from 'react';
import { useExplorer } from '../../store/context';
import { cutCount } from '../../store/slices/failureSlice';
import { isCompact } from '../compact';
import { useMessages } from '../i18n/useMessages';

type Swatch = 'severed' | 'before' | 'after' | 'satellite' | 'loaded' | 'busy' | 'congested' | 'critical' | 'region' | 'inspector';

/** The line styles the failover layer draws now, in the legend's order. */
function useShownSwatches(): Swatch[] {
  const anyCut = useExplorer((s) => cutCount(s.cuts) > 0);
  const scenario = useExplorer((s) => s.scenario);
  const critical = useExplorer((s) => s.critical !== null && s.critical.length > 0);
  const region = useExplorer((s) => s.regions.length > 0);
  const inspected = useExplorer((s) => Boolean(s.inspector.current?.path));
  const levels = scenario && anyCut ? Object.values(scenario.utilisation) : [];
  const shown: Swatch[] = [];
  if (anyCut) shown.push('severed');
  if (anyCut && scenario && scenario.changed.length > 0) shown.push('before', 'after');
  if (anyCut && scenario && scenario.onSatellite.length > 0) shown.push('satellite');
  // The same thresholds as utilisationColour in ScenarioLayer.
  if (levels.some((u) => u < 0.8)) shown.push('loaded');
  if (levels.some((u) => u >= 0.8 && u <= 1 + 1e-9)) shown.push('busy');
  if (levels.some((u) => u > 1 + 1e-9)) shown.push('congested');
  if (region) shown.push('region');
  if (critical) shown.push('critical');
  if (inspected) shown.push('inspector');
  return shown;
}

/**
 * What each line style of the failover layer means, listing only what is drawn now: it appears with the
 * first cut, replay, ranking or inspected route. Each swatch is drawn with the same CSS class as the map's line.
 */
export function FailoverLegend() {
  const m = useMessages().legend;
  const anyCut = useExplorer((s) => cutCount(s.cuts) > 0);
  const shown = useShownSwatches();
  const ref = useRef<HTMLDetailsElement | null>(null);
  const visible = shown.length > 0;
  // Open where there is room; folded when it first appears in a compact explorer, where it would cover the map above the bottom sheet.
  useLayoutEffect(() => {
    if (visible && ref.current && isCompact(ref.current)) ref.current.open = false;
  }, [visible]);
  if (!visible) return null;
  return (
    <details className="map-legend" open ref={ref}>
      <summary>{m.title}</summary>
      <ul>
        {shown.map((s) => (
          <li key={s} data-swatch={s}>
            <svg width="28" height="10" aria-hidden="true">
              <line className={`legend-${s}`} x1="2" y1="5" x2="26" y2="5" />
            </svg>
            {m[s]}
          </li>
        ))}
      </ul>
      {anyCut && <p>{m.baselineNote}</p>}
    </details>
  );
}
