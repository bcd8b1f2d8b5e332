/** A fieldset of checkboxes sharing one form name; labels come already translated. */
export function ChoiceCheckboxes(props: { legend: string; name: string; idPrefix: string; options: readonly string[]; chosen: readonly string[]; label(id: string): string }) {
  const { legend, name, idPrefix, options, chosen, label } = props;
  return (
    <fieldset class="choice-group">
      <legend>{legend}</legend>
      <ul class="choice-list">
        {options.map((option) => (
          <li key={option}>
            <input type="checkbox" id={`${idPrefix}-${option}`} name={name} value={option} defaultChecked={chosen.includes(option)} />
            <label for={`${idPrefix}-${option}`}>{label(option)}</label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
