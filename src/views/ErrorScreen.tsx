import type { Problem } from '../data/validate';

const SHOWN = 12;

/** A dataset that fails validation is never half-shown: the reader sees why instead. */
export function ErrorScreen({ problems }: { problems: readonly Problem[] }) {
  return (
    <div className="error-screen" role="alert">
      <h2>The backbone dataset could not be loaded</h2>
      <p>
        It has {problems.length} problem{problems.length === 1 ? '' : 's'}. The first {Math.min(SHOWN, problems.length)} are below; the browser console lists them all.
      </p>
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
