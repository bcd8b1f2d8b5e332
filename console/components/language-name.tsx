import { languageLabel } from '../model/language-label.js';

/** "Urdu (اردو)": English for staff, the endonym in its own script and direction. */
export function LanguageName({ tag }: { tag: string }) {
  const { english, endonym } = languageLabel(tag);
  return (
    <span class="language">
      {english}
      {endonym ? (
        <>
          {' ('}
          <bdi lang={tag}>{endonym}</bdi>
          {')'}
        </>
      ) : null}
    </span>
  );
}
