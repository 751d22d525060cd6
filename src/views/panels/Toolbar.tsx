import { PROJECTIONS } from '../../geo/projection';
import type { ProjectionName } from '../../geo/projection';
import { LANGS } from '../../i18n/messages';
import type { Lang } from '../../i18n/messages';
import { useExplorer, useExplorerStore } from '../../store/context';
import { useLang, useMessages } from '../i18n/useMessages';

export function ProjectionPicker() {
  const projection = useExplorer((s) => s.projection);
  const store = useExplorerStore();
  const m = useMessages();
  return (
    <label className="projection">
      <span className="visually-hidden">{m.app.projection}</span>
      <select value={projection} onChange={(e) => store.getState().setProjection(e.target.value as ProjectionName)} aria-label={m.app.mapProjection}>
        {PROJECTIONS.map((p) => (
          <option key={p} value={p}>
            {m.app.projections[p]}
          </option>
        ))}
      </select>
    </label>
  );
}

export function ThemeToggle() {
  const theme = useExplorer((s) => s.theme);
  const store = useExplorerStore();
  const m = useMessages();
  const next = theme === 'dark' ? 'light' : 'dark';
  return (
    <button type="button" className="theme-toggle" onClick={() => store.getState().setTheme(next)} aria-label={m.app.switchTheme(next)}>
      {theme === 'dark' ? '☀' : '☾'}
    </button>
  );
}

/** Each language's name in itself, as language menus name them (so these two are the same in every language). */
const LANGUAGE_NAMES: Readonly<Record<Lang, string>> = { en: 'English', de: 'Deutsch' };

/** The interface language: each option shows its language's own name, so what is seen is what a screen reader says. */
export function LanguagePicker() {
  const lang = useLang();
  const store = useExplorerStore();
  const m = useMessages();
  return (
    <select className="language" value={lang} onChange={(e) => store.getState().setLang(e.target.value as Lang)} aria-label={m.app.language}>
      {LANGS.map((l) => (
        <option key={l} value={l} lang={l}>
          {LANGUAGE_NAMES[l]}
        </option>
      ))}
    </select>
  );
}
