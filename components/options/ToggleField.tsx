/** A yes/no setting: a checkbox with its label and a one-line explanation. */
export function ToggleField({ id, label, help, checked, onChange }: {
  id: string;
  label: string;
  help: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <div class="field toggle-field">
      <label for={id}>
        <input id={id} type="checkbox" checked={checked} aria-describedby={`${id}-help`}
          onChange={(e) => onChange((e.target as HTMLInputElement).checked)} />
        <span>{label}</span>
      </label>
      <p id={`${id}-help`} class="field-help">{help}</p>
    </div>
  );
}
