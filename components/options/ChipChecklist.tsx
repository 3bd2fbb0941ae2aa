/**
 * A setting that is a subset of fixed choices: a fieldset of checkbox chips with a one-line
 * explanation. The chosen list always comes back in the choices' own order.
 */
export function ChipChecklist<T extends string>({ id, legend, help, choices, chosen, labelOf, onChange }: {
  /** Names the help text (`${id}-help`) and each box (`data-choice`). */
  id: string;
  legend: string;
  help: string;
  choices: readonly T[];
  chosen: readonly T[];
  labelOf: (choice: T) => string;
  onChange: (chosen: T[]) => void;
}) {
  const toggle = (choice: T, on: boolean) => onChange(choices.filter((c) => (c === choice ? on : chosen.includes(c))));
  return (
    <fieldset class="chip-checklist" aria-describedby={`${id}-help`} data-testid={id}>
      <legend>{legend}</legend>
      <p id={`${id}-help`} class="field-help">{help}</p>
      <div class="chip-row">
        {choices.map((c) => (
          <label key={c} class="day-chip">
            <input type="checkbox" data-choice={c} checked={chosen.includes(c)}
              onChange={(e) => toggle(c, (e.target as HTMLInputElement).checked)} />
            <span>{labelOf(c)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
