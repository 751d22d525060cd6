import type { ReactNode } from 'react';
import type { EntityRef } from '../../store/types';
import { useFormatters, useMessages } from '../i18n/useMessages';
import { safeHref } from './format';
import { Label, LongText } from './LongText';
import { useGoTo } from './useGoTo';

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
export function EntityList({ title, items }: { title: string; items: readonly (EntityRef & { label: string; detail?: string })[] }) {
  const goTo = useGoTo();
  const f = useFormatters();
  if (!items.length) return null;
  return (
    <section className="entity-list">
      <h3>
        {title} <span className="count">({f.count(items.length)})</span>
      </h3>
      <ul>
        {items.map((item) => (
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
    </section>
  );
}

export function Sources({ sources, notes, confidence }: { sources: readonly string[]; notes?: string | undefined; confidence?: 'inferred' | 'modelled' | undefined }) {
  const m = useMessages();
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
        {sources.map((source) => {
          const href = safeHref(source);
          return (
            <li key={source}>
              {href ? (
                <a href={href} target="_blank" rel="noopener noreferrer" title={href}>
                  <Label text={new URL(href).hostname.replace(/^www\./, '')} />
                </a>
              ) : (
                <LongText text={source} />
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
