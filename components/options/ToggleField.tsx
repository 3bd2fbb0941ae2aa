import type { ComponentChildren } from 'preact';

/** A yes/no setting: a checkbox with its label, a one-line explanation and room for a message. */
export function ToggleField({ id, label, help, checked, onChange, message }: {
  id: string;
  label: string;
  help: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  message?: ComponentChildren;
}) {
  const described = message ? `${id}-help ${id}-message` : `${id}-help`;
  return (
    <div class="field toggle-field">
      <label for={id}>
        <input id={id} type="checkbox" checked={checked} aria-describedby={described}
          onChange={(e) => onChange((e.target as HTMLInputElement).checked)} />
        <span>{label}</span>
      </label>
      <p id={`${id}-help`} class="field-help">{help}</p>
      {message && <p id={`${id}-message`} class="field-error" role="alert" data-testid={`${id}-message`}>{message}</p>}
    </div>
  );
}
