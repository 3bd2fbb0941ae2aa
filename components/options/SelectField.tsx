import type { ComponentChildren } from 'preact';

export interface SelectOption {
  readonly value: string;
  readonly label: string;
}

/** A choice among a few values, with a one-line explanation and room for a message. */
export function SelectField({ id, label, help, value, options, onChange, message }: {
  id: string;
  label: string;
  help: string;
  value: string;
  options: readonly SelectOption[];
  onChange: (value: string) => void;
  message?: ComponentChildren;
}) {
  const described = message ? `${id}-help ${id}-message` : `${id}-help`;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} value={value} aria-describedby={described} onChange={(e) => onChange((e.target as HTMLSelectElement).value)}>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
      <p id={`${id}-help`} class="field-help">{help}</p>
      {message && <p id={`${id}-message`} class="field-error" role="alert">{message}</p>}
    </div>
  );
}
