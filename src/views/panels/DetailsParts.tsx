import { useState } from 'react';
import type { ReactNode } from 'react';
import type { CollectionName } from '../../data/collections';
import type { EntityRef } from '../../store/types';
import { useFormatters, useMessages } from '../i18n/useMessages';
import { safeHref } from './format';
import { Label, LongText } from './LongText';
import { useGoTo } from './useGoTo';
import { useRecordDetails } from './useRecordDetails';
import type { RecordDetailsView } from './useRecordDetails';

/** A row of the facts table; rows without a value are left out rather than shown empty. A text value is capped (LongText). */
export function Fact({ label, children }: { label: string; children: ReactNode }) {
  if (children === undefined || children === null || children === '') return null;
  return (
    <>
      <dt>{label}</dt>
      <dd>{typeof children === 'string' ? <LongText text={children} /> : children}</dd>
    </>
  );
}

/** A list of related records, each a button that selects it and brings it into view. */
/** A titled list of things to go to; with `limit`, the first `limit` and a button for the rest (a Tier 1 has hundreds of customers). */
export function EntityList({ title, items, limit }: { title: string; items: readonly (EntityRef & { label: string; detail?: string })[]; limit?: number }) {
  const goTo = useGoTo();
  const f = useFormatters();
  const m = useMessages();
  const [all, setAll] = useState(false);
  if (!items.length) return null;
  const folded = limit !== undefined && items.length > limit + 2;
  const shown = folded && !all ? items.slice(0, limit) : items;
  return (
    <section className="entity-list">
      <h3>
        {title} <span className="count">({f.count(items.length)})</span>
      </h3>
      <ul>
        {shown.map((item) => (
          <li key={`${item.kind}:${item.id}`}>
            <button type="button" className="link-button" onClick={() => goTo(item)}>
              <Label text={item.label} />
            </button>
            {item.detail && (
              <span className="detail">
                {' '}
                <Label text={item.detail} />
              </span>
            )}
          </li>
        ))}
      </ul>
      {folded && (
        <button type="button" className="link-button" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? m.lists.showFewer : m.lists.showAll(f.count(items.length))}
        </button>
      )}
    </section>
  );
}

/**
 * A record's sources and notes, and how sure its values are. In a first-map dataset they come with the details
 * file: meanwhile the panel says they are loading, and if they cannot be had, says why and offers to try again.
 */
export function Sources({ collection, record, extraSources = [] }: { collection: CollectionName; record: { id: string; confidence?: 'inferred' | 'modelled' | undefined }; extraSources?: readonly string[] }) {
  const m = useMessages();
  const view = useRecordDetails(collection, record);
  const { confidence } = record;
  if (view.status !== 'ready') return <DetailsPending view={view} />;
  const { notes } = view.details;
  // Sources of nested facts (an exchange's member carriers) travel with the first map; the record's own come with the details.
  const sources = [...new Set([...(view.details.sources ?? []), ...extraSources])];
  return (
    <section className="sources">
      {confidence && (
        <p className="confidence">
          {m.details.someValues(m.details.confidence[confidence], Boolean(notes))} {notes && <LongText text={notes} />}
        </p>
      )}
      {!confidence && notes && (
        <p className="notes">
          <LongText text={notes} />
        </p>
      )}
      <h3>{m.details.sources}</h3>
      <ul>
        {sources.map((source) => (
          <li key={source}>
            <SourceLink source={source} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Where the details file is still on its way ("Loading sources…"), or could not be had: the reason, and a button to try again. */
export function DetailsPending({ view }: { view: Exclude<RecordDetailsView, { status: 'ready' }> }) {
  const m = useMessages();
  return (
    <section className="sources" aria-busy={view.status === 'loading' || undefined}>
      {view.status === 'loading' ? (
        <p role="status">{m.details.loadingSources}</p>
      ) : (
        <p role="alert">
          <LongText text={m.details.sourcesFailed(view.problem)} />{' '}
          <button type="button" className="link-button" onClick={view.retry}>
            {m.details.retrySources}
          </button>
        </p>
      )}
    </section>
  );
}

/** A source as a link named by its site where it is a safe web address, else as text. */
export function SourceLink({ source }: { source: string }) {
  const href = safeHref(source);
  return href ? (
    <a href={href} target="_blank" rel="noopener noreferrer" title={href}>
      <Label text={new URL(href).hostname.replace(/^www\./, '')} />
    </a>
  ) : (
    <LongText text={source} />
  );
}
