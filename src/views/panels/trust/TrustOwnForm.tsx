import { useEffect, useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { Backbone } from '../../../data/normalize';
import type { TrustAsk, TrustChoices } from '../../../model';
import { useExplorer, useExplorerStore } from '../../../store/context';
import { useMessages } from '../../i18n/useMessages';

type OwnKind = 'hijack' | 'more-specific' | 'leak';

interface Draft {
  kind: OwnKind;
  victim: string;
  by: string;
  from: string;
  to: string;
}

const draftOf = (ask: TrustAsk | null): Draft =>
  !ask
    ? { kind: 'hijack', victim: '', by: '', from: '', to: '' }
    : ask.kind === 'hijack'
      ? { kind: ask.moreSpecific ? 'more-specific' : 'hijack', victim: ask.victim, by: ask.by, from: '', to: '' }
      : { kind: 'leak', victim: ask.victim, by: ask.by, from: ask.from, to: ask.to };

/** The ask a complete draft makes, or null while a choice is missing. */
function askOf(d: Draft): TrustAsk | null {
  if (!d.victim || !d.by) return null;
  if (d.kind !== 'leak') return { kind: 'hijack', victim: d.victim, by: d.by, moreSpecific: d.kind === 'more-specific' };
  return d.from && d.to && d.from !== d.to ? { kind: 'leak', victim: d.victim, by: d.by, from: d.from, to: d.to } : null;
}

const label = (n: { name: string; asn: number | null }) => `${n.name}${n.asn ? ` (AS${n.asn})` : ''}`;

/**
 * The reader's own hijack or leak: a victim (a recorded block or an origin network), an attacker
 * among the networks that route in the year shown, and for a leak two of the leaker's real
 * providers or peers. The simulation runs when the form is sent; the engine names what is wrong.
 */
export function TrustOwnForm({ backbone }: { backbone: Backbone }) {
  const m = useMessages().trust;
  const store = useExplorerStore();
  const asked = useExplorer((s) => s.trustCustom);
  const choices = useExplorer((s) => s.trustChoices);
  const open = useExplorer((s) => s.sideTab === 'trust' && s.engine !== null);
  const [draft, setDraft] = useState<Draft>(() => draftOf(asked));
  const [shownAsk, setShownAsk] = useState(asked);
  const ids = useId();
  // An ask set from outside (a URL, a shared link) fills the form in.
  if (asked !== shownAsk) {
    setShownAsk(asked);
    if (asked) setDraft(draftOf(asked));
  }
  useEffect(() => {
    if (open && choices === null) store.getState().loadTrustChoices();
  }, [open, choices, store]);

  const change = (field: keyof Draft, value: string) =>
    setDraft((d) => {
      const next = { ...d, [field]: value };
      // A leak's neighbours are the leaker's own: a new leaker starts them afresh.
      if (field === 'by' || field === 'kind') return { ...next, from: '', to: '' };
      if (field === 'from' && next.to === value) next.to = '';
      return next;
    });
  const ask = askOf(draft);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (ask) store.getState().setTrustCustom(ask);
  };
  const prefixes = backbone.dataset.prefixes ?? [];
  const originName = (id: string) => backbone.carriers.get(id)?.name ?? id;
  const neighbours = draft.kind === 'leak' && draft.by ? (choices?.leakNeighbours[draft.by] ?? []) : [];
  const field = (name: keyof Draft) => `${ids}-${name}`;

  return (
    <form className="trust-own" aria-labelledby={`${ids}-title`} onSubmit={submit}>
      <h3 id={`${ids}-title`}>{m.own}</h3>
      <p className="detail">{m.ownIntro}</p>
      <label htmlFor={field('kind')}>{m.ownKind}</label>
      <select id={field('kind')} value={draft.kind} onChange={(e) => change('kind', e.target.value)}>
        {(['hijack', 'more-specific', 'leak'] as const).map((k) => (
          <option key={k} value={k}>
            {m.ownKinds[k]}
          </option>
        ))}
      </select>
      <label htmlFor={field('victim')}>{m.victim}</label>
      <select id={field('victim')} value={draft.victim} onChange={(e) => change('victim', e.target.value)}>
        <option value="">{m.choose}</option>
        <optgroup label={m.victimBlocks}>
          {prefixes.map((p) => (
            <option key={p.id} value={p.id}>{`${p.prefix} (${p.holder ?? originName(p.origin)})`}</option>
          ))}
        </optgroup>
        {choices && <NetworkOptions label={m.victimNetworks} networks={choices.networks} />}
      </select>
      <label htmlFor={field('by')}>{draft.kind === 'leak' ? m.leaker : m.attacker}</label>
      <select id={field('by')} value={draft.by} onChange={(e) => change('by', e.target.value)}>
        <option value="">{choices ? m.choose : m.loadingChoices}</option>
        {choices && <NetworkOptions networks={choices.networks} />}
      </select>
      {draft.kind === 'leak' && draft.by && choices && neighbours.length < 2 && <p className="bad">{m.noNeighbours}</p>}
      {draft.kind === 'leak' && neighbours.length >= 2 && (
        <>
          <label htmlFor={field('from')}>{m.leakFrom}</label>
          <select id={field('from')} value={draft.from} onChange={(e) => change('from', e.target.value)}>
            <option value="">{m.choose}</option>
            {neighbours.map((n) => (
              <option key={n.id} value={n.id}>{`${label(n)}: ${m.relation[n.relation]}`}</option>
            ))}
          </select>
          <label htmlFor={field('to')}>{m.leakTo}</label>
          <select id={field('to')} value={draft.to} onChange={(e) => change('to', e.target.value)}>
            <option value="">{m.choose}</option>
            {neighbours
              .filter((n) => n.id !== draft.from)
              .map((n) => (
                <option key={n.id} value={n.id}>{`${label(n)}: ${m.relation[n.relation]}`}</option>
              ))}
          </select>
        </>
      )}
      <button type="submit" disabled={!ask}>
        {m.simulate}
      </button>
    </form>
  );
}

function NetworkOptions({ networks, label: group }: { networks: TrustChoices['networks']; label?: string }) {
  const options = networks.map((n) => (
    <option key={n.id} value={n.id}>
      {label(n)}
    </option>
  ));
  return group ? <optgroup label={group}>{options}</optgroup> : <>{options}</>;
}
