import type { ComponentChildren } from 'preact';

export interface Choice<T extends string> {
  readonly value: T;
  readonly label: string;
  /** A second line under the label. */
  readonly detail?: string;
  /** Drawn beside the label (decorative: the label says it all). */
  readonly picture?: ComponentChildren;
}

/** One question, a few answers: radio buttons in a fieldset, arrow keys move between them. */
export function ChoiceGroup<T extends string>({ name, legend, help, choices, value, onChange, layout = 'row' }: {
  name: string;
  legend: string;
  help?: string;
  choices: readonly Choice<T>[];
  value: T;
  onChange: (value: T) => void;
  layout?: 'row' | 'cards';
}) {
  const helpId = `${name}-help`;
  return (
    <fieldset class={`choice-group choice-${layout}`} aria-describedby={help ? helpId : undefined} data-testid={`choice-${name}`}>
      <legend>{legend}</legend>
      {help && <p id={helpId} class="field-help">{help}</p>}
      <div class="choices">
        {choices.map((c) => (
          <label key={c.value} class={c.value === value ? 'choice chosen' : 'choice'}>
            {c.picture && <span class="choice-picture" aria-hidden="true">{c.picture}</span>}
            <span class="choice-text">
              <input type="radio" name={name} value={c.value} checked={c.value === value}
                aria-describedby={c.detail ? `${name}-${c.value}-detail` : undefined}
                onChange={() => onChange(c.value)} />
              <span class="choice-label">{c.label}</span>
            </span>
            {c.detail && <span id={`${name}-${c.value}-detail`} class="choice-detail">{c.detail}</span>}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
