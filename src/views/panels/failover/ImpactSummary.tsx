import { useExplorer, useExplorerStore } from '../../../store/context';
import { cutCount } from '../../../store/slices/failureSlice';
import { useFormatters, useMessages } from '../../i18n/useMessages';

/**
 * The impact in one line, next to the control that cut (the details panel, a bottom sheet on phones),
 * with a button to the whole impact in the Failover tab.
 */
export function ImpactSummary() {
  const anyCut = useExplorer((s) => cutCount(s.cuts) > 0);
  const scenario = useExplorer((s) => s.scenario);
  const status = useExplorer((s) => s.scenarioStatus);
  const store = useExplorerStore();
  const m = useMessages();
  const f = useFormatters();
  if (!anyCut) return null;
  const bySeverity = (level: string) => scenario?.degraded.filter((d) => d.severity === level).length ?? 0;
  const congested = scenario?.congested.filter((c) => c.element).length ?? 0;
  const parts = scenario
    ? [
        scenario.isolated.length ? m.summary.cutOff(scenario.isolated.length, f.count(scenario.isolated.length)) : '',
        bySeverity('severe') ? m.summary.severe(f.count(bySeverity('severe'))) : '',
        bySeverity('moderate') ? m.summary.moderate(f.count(bySeverity('moderate'))) : '',
        bySeverity('minor') ? m.summary.minor(f.count(bySeverity('minor'))) : '',
        congested ? m.summary.congested(congested, f.count(congested)) : '',
      ].filter(Boolean)
    : [];
  return (
    <section className="impact-summary" aria-label={m.summary.label} aria-busy={status === 'computing'}>
      <p>
        <strong>{m.impact.title}:</strong> {!scenario ? (status === 'error' ? m.impact.failed : m.impact.computing) : parts.length ? parts.join(' · ') : m.summary.nothing}
      </p>
      <button type="button" onClick={() => store.getState().showImpact()}>
        {m.summary.open}
      </button>
    </section>
  );
}
