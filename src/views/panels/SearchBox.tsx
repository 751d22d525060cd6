import { useId, useMemo, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { Backbone } from '../../data/normalize';
import { createSearchIndex, searchEntries } from '../../kinds/search';
import { useLang, useMessages } from '../i18n/useMessages';
import { useGoTo } from './useGoTo';
import { Label } from './LongText';

/** A combobox over cables, carriers (by name or ASN), cities, IXPs, countries and landing points. */
export function SearchBox({ backbone }: { backbone: Backbone }) {
  const lang = useLang();
  const m = useMessages();
  const [query, setQuery] = useState('');
  // In the interface language, so that "Deutschland" finds Germany in German; built at the first letter typed,
  // not while the dataset's first map is drawn (tens of milliseconds on a large dataset).
  const searching = query !== '';
  const index = useMemo(() => (searching ? createSearchIndex(backbone, lang) : null), [backbone, lang, searching]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const results = useMemo(() => (index ? searchEntries(index, query) : []), [index, query]);
  const goTo = useGoTo();
  const listId = useId();
  const optionId = (i: number) => `${listId}-option-${i}`;

  const choose = (i: number) => {
    const entry = results[i];
    if (!entry) return;
    goTo({ kind: entry.kind, id: entry.id });
    setQuery(entry.label);
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (results.length) setActive((a) => (a + (event.key === 'ArrowDown' ? 1 : results.length - 1)) % results.length);
    } else if (event.key === 'Enter') {
      if (open && results.length) {
        event.preventDefault();
        choose(active);
      }
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  };

  const expanded = open && query.trim().length > 0;
  return (
    <div className="search">
      <label htmlFor={`${listId}-input`} className="visually-hidden">
        {m.search.label}
      </label>
      <input
        id={`${listId}-input`}
        type="search"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && results.length ? optionId(active) : undefined}
        placeholder={m.search.placeholder}
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label={m.search.results} className="search-results" hidden={!expanded}>
        {expanded && results.length === 0 && <li className="search-empty">{m.search.noMatch(query)}</li>}
        {expanded &&
          results.map((entry, i) => (
            <li
              key={`${entry.kind}:${entry.id}`}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              // Keep focus in the input: a click must not blur (and close) the list before it lands.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(i)}
              onMouseEnter={() => setActive(i)}
            >
              <span className="result-label">
                <Label text={entry.label} />
              </span>
              <span className="result-detail">
                <Label text={entry.detail} />
              </span>
            </li>
          ))}
      </ul>
    </div>
  );
}
