import { useEffect, useState } from 'preact/hooks';
import type { FieldResult } from '../core/settings';
import { problemText } from './field-problem';

export interface NumberFieldProps {
  readonly id: string;
  readonly label: string;
  readonly help: string;
  readonly value: number;
  readonly validate: (raw: string) => FieldResult<number>;
  readonly onValid: (value: number) => void;
}

/** A number input that saves only valid values and says why a value is refused, next to the field. */
export function NumberField({ id, label, help, value, validate, onValid }: NumberFieldProps) {
  const [text, setText] = useState(String(value));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (error === null) setText(String(value));
  }, [value]);

  const onInput = (raw: string) => {
    setText(raw);
    const result = validate(raw);
    if (result.ok) {
      setError(null);
      if (result.value !== value) onValid(result.value);
    } else setError(problemText(result.problem));
  };

  const described = error ? `${id}-error ${id}-help` : `${id}-help`;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input id={id} type="text" inputMode="numeric" value={text} aria-invalid={error !== null} aria-describedby={described}
        onInput={(e) => onInput((e.target as HTMLInputElement).value)} />
      <p id={`${id}-help`} class="field-help">{help}</p>
      {error && <p id={`${id}-error`} class="field-error" role="alert">{error}</p>}
    </div>
  );
}
