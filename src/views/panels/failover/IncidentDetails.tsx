import type { Incident } from '../../../data/schema';
import { DetailsPending, SourceLink } from '../DetailsParts';
import { LongText } from '../LongText';
import { useRecordDetails } from '../useRecordDetails';
import { useMessages } from '../../i18n/useMessages';

// The parts of an incident's card that come with the details file: what was reported at the time, and the sources.

export function IncidentReported({ incident }: { incident: Incident }) {
  const m = useMessages();
  const view = useRecordDetails('incidents', incident);
  if (view.status !== 'ready') return null;
  return (
    <p>
      <strong>{m.incidents.reported}</strong> <LongText text={view.details.reported ?? ''} />
    </p>
  );
}

export function IncidentSources({ incident }: { incident: Incident }) {
  const view = useRecordDetails('incidents', incident);
  if (view.status !== 'ready') return <DetailsPending view={view} />;
  return (
    <ul className="sources-inline">
      {(view.details.sources ?? []).map((s) => (
        <li key={s}>
          <SourceLink source={s} />
        </li>
      ))}
    </ul>
  );
}
