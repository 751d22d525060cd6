import type { Problem } from '../data/validate';
import { useFormatters, useMessages } from './i18n/useMessages';

const SHOWN = 12;

/** A dataset that fails validation is never half-shown: the reader sees why instead. */
export function ErrorScreen({ problems }: { problems: readonly Problem[] }) {
  const m = useMessages();
  const f = useFormatters();
  return (
    <div className="error-screen" role="alert">
      <h2>{m.error.title}</h2>
      <p>{m.error.summary(problems.length, f.count(problems.length), f.count(Math.min(SHOWN, problems.length)))}</p>
      <ol>
        {problems.slice(0, SHOWN).map((p, i) => (
          <li key={i}>
            <code>{p.where}</code>: {p.message}
          </li>
        ))}
      </ol>
    </div>
  );
}
