import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { DOSE_BOUNDS, isDoseInBounds } from '../../core/dose-bounds';
import { AMOUNT_BOUNDS, CUE_COUNT, OWN_DOSE_KINDS, POSITIONS, checkOwnStretch, ownDose, ownExercise, type OwnDose, type OwnDoseKind, type OwnStretch, type OwnStretchProblem } from '../../core/own-stretch';
import { TARGETS } from '../../core/settings';
import { ILLUSTRATION_URLS } from '../../data/illustrations';
import { listExercises, pictureAlt } from '../../platform/exercises';
import { t, type MessageKey } from '../../platform/i18n';
import { StretchCard } from '../StretchCard';
import { problemText } from '../field-problem';
import { positionLabel, targetLabel } from './labels';
import { BLANK_DRAFT, draftOf, formFieldOf, stretchOf, type Draft, type FormField } from './own-stretch-draft';
import './OwnStretchEditor.css';

export interface OwnStretchEditorProps {
  /** The stretch's id: its own when editing, a new one for a new stretch or a copy. */
  readonly id: string;
  /** What the form starts from: the stretch edited, the one copied, or nothing (a blank form). */
  readonly from?: OwnStretch;
  /** Editing `from` (it keeps its place in the rotation and its star), not adding a new one. */
  readonly editing: boolean;
  readonly holdMultiplier: number;
  /** Saves a stretch the checks passed; rejects when storage failed. */
  readonly onSave: (stretch: OwnStretch) => Promise<void>;
  readonly onClose: () => void;
}

const KIND_LABELS: Record<OwnDoseKind, [kind: MessageKey, amount: MessageKey]> = {
  hold: ['ownKindHold', 'ownAmountHold'],
  breaths: ['ownKindBreaths', 'ownAmountBreaths'],
  reps: ['ownKindReps', 'ownAmountReps'],
};

const elementIdOf = (field: FormField) => `own-${field}`;

/** The library's drawings a stretch may borrow, by exercise id, named after their exercise. */
const pictureChoices = () => listExercises().filter((e) => ILLUSTRATION_URLS[e.id]).map((e) => ({ id: e.id, name: e.name }));

/**
 * Write or change one of the user's own stretches: a modal dialog with the form and, beside it,
 * the card as it will appear, its timer running. Every field says what is wrong with it by the
 * field; Save saves nothing until all of it is right, and then moves focus to the first field at
 * fault instead. The user's words are shown as text, exactly as typed.
 */
export function OwnStretchEditor({ id, from, editing, holdMultiplier, onSave, onClose }: OwnStretchEditorProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const [draft, setDraft] = useState<Draft>(from ? draftOf(from) : BLANK_DRAFT);
  /** Fields the user has changed: their problems show as they type. After a Save, all of them do. */
  const [touched, setTouched] = useState<ReadonlySet<FormField>>(new Set());
  const [showAll, setShowAll] = useState(false);
  const [saving, setSaving] = useState(false);
  const [failed, setFailed] = useState(false);
  const pictures = useMemo(pictureChoices, []);
  const raw = stretchOf(draft, id, editing ? from : undefined);
  const checked = checkOwnStretch(raw);
  const problems = checked.ok ? new Map<FormField, OwnStretchProblem>() : problemsByField(checked.problems, draft.kind);
  const shownDose = useShownDose(raw.dose as OwnDose);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    // After the preview card's own focus on mount (a break card takes focus): the form comes first.
    const timer = setTimeout(() => document.getElementById(elementIdOf('name'))?.focus());
    return () => clearTimeout(timer);
  }, []);

  const change = (field: FormField, patch: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setTouched((s) => new Set(s).add(field));
  };
  const problemOf = (field: FormField) => (showAll || touched.has(field) ? problems.get(field) : undefined);

  const save = async (event: Event) => {
    event.preventDefault();
    if (saving) return;
    if (!checked.ok) {
      setShowAll(true);
      const first = [...problems.keys()][0];
      if (first) document.getElementById(elementIdOf(first))?.focus();
      return;
    }
    setSaving(true);
    setFailed(false);
    try {
      await onSave(checked.stretch);
      ref.current?.close();
    } catch {
      setFailed(true);
      setSaving(false);
    }
  };

  const preview = ownExercise({
    id, name: draft.name.trim() || t('ownPreviewName'), cues: draft.cues.map((c) => c.trim()).filter(Boolean), dose: shownDose,
    positions: draft.positions, targets: draft.targets, caution: draft.caution.trim() || undefined, picture: draft.picture || null,
    inRotation: false, favourite: false,
  }, pictureAlt);

  return (
    <dialog ref={ref} class="own-editor" aria-labelledby="own-editor-title" data-testid="own-stretch-editor" onClose={onClose}>
      <h2 id="own-editor-title">{t(editing ? 'ownEditTitle' : 'ownAddTitle')}</h2>
      <div class="own-editor-body">
        <form class="own-form" noValidate onSubmit={(e) => void save(e)}>
          <TextField field="name" label={t('ownName')} help={t('ownNameHelp')} value={draft.name} problem={problemOf('name')}
            onInput={(name) => change('name', { name })} />
          <CueFields cues={draft.cues} problemOf={problemOf} onChange={(cues, field) => change(field, { cues })} />
          <DoseFields draft={draft} problemOf={problemOf} onChange={change} />
          <ChoiceFields field="positions" legend={t('ownWhere')} help={t('ownWhereHelp')} choices={POSITIONS} chosen={draft.positions}
            labelOf={positionLabel} problem={problemOf('positions')} onChange={(positions) => change('positions', { positions })} />
          <ChoiceFields field="targets" legend={t('ownAreas')} help={t('ownAreasHelp')} choices={TARGETS} chosen={draft.targets}
            labelOf={targetLabel} problem={problemOf('targets')} onChange={(targets) => change('targets', { targets })} />
          <TextField field="caution" label={t('ownCaution')} help={t('ownCautionHelp')} value={draft.caution} problem={problemOf('caution')}
            onInput={(caution) => change('caution', { caution })} />
          <div class="field">
            <label for={elementIdOf('picture')}>{t('ownPicture')}</label>
            <select id={elementIdOf('picture')} value={draft.picture} aria-describedby="own-picture-help"
              onChange={(e) => change('picture', { picture: (e.target as HTMLSelectElement).value })}>
              <option value="">{t('ownPictureNone')}</option>
              {pictures.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
            </select>
            <p id="own-picture-help" class="field-help">{t('ownPictureHelp')}</p>
          </div>
          {failed && <p class="field-error" role="alert">{t('optSaveFailed')}</p>}
          <div class="dialog-actions">
            <button type="button" onClick={() => ref.current?.close()}>{t('btnCancel')}</button>
            <button type="submit" class="primary" disabled={saving} data-testid="own-save">{t('ownSave')}</button>
          </div>
        </form>
        <section class="own-preview" aria-labelledby="own-preview-title" data-testid="own-preview">
          <h3 id="own-preview-title">{t('ownPreview')}</h3>
          <StretchCard exercise={preview} holdMultiplier={holdMultiplier} />
        </section>
      </div>
    </dialog>
  );
}

/** The problems of a check by the form field they belong to, the first of each. */
function problemsByField(problems: readonly OwnStretchProblem[], kind: OwnDoseKind): Map<FormField, OwnStretchProblem> {
  const out = new Map<FormField, OwnStretchProblem>();
  for (const p of problems) {
    const field = formFieldOf(p.field, kind);
    if (field && !out.has(field)) out.set(field, p);
  }
  return out;
}

/** The preview's dose: the one typed when it is within bounds, else the last one that was. */
function useShownDose(typed: OwnDose): OwnDose {
  const last = useRef<OwnDose>(ownDose({ kind: 'hold', amount: 20, rounds: 1, perSide: false }));
  if (isDoseInBounds(typed)) last.current = typed;
  return last.current;
}

function messageOf(problem: OwnStretchProblem): string {
  return problem.why.kind === 'item-count' ? t('ownChooseOne') : problemText(problem.why);
}

/** A field's message, tied to it by `aria-describedby` (with its help). */
function described(field: FormField, problem: OwnStretchProblem | undefined, help = true) {
  const id = elementIdOf(field);
  return {
    'aria-invalid': problem !== undefined,
    'aria-describedby': [problem && `${id}-error`, help && `${id}-help`].filter(Boolean).join(' ') || undefined,
  };
}

function FieldError({ field, problem }: { field: FormField; problem: OwnStretchProblem | undefined }) {
  return problem ? <p id={`${elementIdOf(field)}-error`} class="field-error" role="alert">{messageOf(problem)}</p> : null;
}

function TextField({ field, label, help, value, problem, onInput, children }: {
  field: FormField;
  label: string;
  help?: string;
  value: string;
  problem: OwnStretchProblem | undefined;
  onInput: (value: string) => void;
  children?: ComponentChildren;
}) {
  const id = elementIdOf(field);
  return (
    <div class="field own-text-field">
      <label for={id}>{label}</label>
      <div class="own-input-row">
        <input id={id} type="text" value={value} {...described(field, problem, help !== undefined)}
          onInput={(e) => onInput((e.target as HTMLInputElement).value)} />
        {children}
      </div>
      {help && <p id={`${id}-help`} class="field-help">{help}</p>}
      <FieldError field={field} problem={problem} />
    </div>
  );
}

function CueFields({ cues, problemOf, onChange }: {
  cues: readonly string[];
  problemOf: (field: FormField) => OwnStretchProblem | undefined;
  onChange: (cues: readonly string[], field: FormField) => void;
}) {
  const focusLater = (field: FormField) => setTimeout(() => document.getElementById(elementIdOf(field))?.focus());
  const add = () => {
    onChange([...cues, ''], `cue-${cues.length}`);
    focusLater(`cue-${cues.length}`);
  };
  const remove = (i: number) => {
    onChange(cues.filter((_, j) => j !== i), `cue-${Math.max(0, i - 1)}`);
    focusLater(`cue-${Math.max(0, i - 1)}`);
  };
  return (
    <fieldset class="own-cues" aria-describedby="own-cues-help">
      <legend>{t('ownCues')}</legend>
      <p id="own-cues-help" class="field-help">{t('ownCuesHelp')}</p>
      {cues.map((cue, i) => (
        <TextField key={i} field={`cue-${i}`} label={t('ownCue', i + 1)} value={cue} problem={problemOf(`cue-${i}`)}
          onInput={(text) => onChange(cues.map((c, j) => (j === i ? text : c)), `cue-${i}`)}>
          {cues.length > CUE_COUNT.min && (
            <button type="button" class="own-remove-cue" onClick={() => remove(i)} data-testid={`own-remove-cue-${i}`}>
              {t('ownRemoveCue')}<span class="visually-hidden"> {i + 1}</span>
            </button>
          )}
        </TextField>
      ))}
      {cues.length < CUE_COUNT.max && <button type="button" class="own-add-cue" onClick={add} data-testid="own-add-cue">{t('ownAddCue')}</button>}
    </fieldset>
  );
}

function DoseFields({ draft, problemOf, onChange }: {
  draft: Draft;
  problemOf: (field: FormField) => OwnStretchProblem | undefined;
  onChange: (field: FormField, patch: Partial<Draft>) => void;
}) {
  const bounds = AMOUNT_BOUNDS[draft.kind];
  return (
    <fieldset class="own-dose">
      <legend>{t('ownDose')}</legend>
      <div class="field">
        <label for="own-kind">{t('ownKind')}</label>
        <select id="own-kind" value={draft.kind} onChange={(e) => onChange('amount', { kind: (e.target as HTMLSelectElement).value as OwnDoseKind })}>
          {OWN_DOSE_KINDS.map((k) => <option key={k} value={k}>{t(KIND_LABELS[k][0])}</option>)}
        </select>
      </div>
      <div class="own-dose-numbers">
        <TextField field="amount" label={t(KIND_LABELS[draft.kind][1])} help={t('ownRangeHelp', bounds.min, bounds.max)} value={draft.amount}
          problem={problemOf('amount')} onInput={(amount) => onChange('amount', { amount })} />
        <TextField field="rounds" label={t('ownRounds')} help={t('ownRangeHelp', DOSE_BOUNDS.rounds.min, DOSE_BOUNDS.rounds.max)} value={draft.rounds}
          problem={problemOf('rounds')} onInput={(rounds) => onChange('rounds', { rounds })} />
      </div>
      <label class="inline">
        <input type="checkbox" id="own-per-side" checked={draft.perSide} onChange={(e) => onChange('amount', { perSide: (e.target as HTMLInputElement).checked })} />
        {t('ownPerSide')}
      </label>
    </fieldset>
  );
}

function ChoiceFields<T extends string>({ field, legend, help, choices, chosen, labelOf, problem, onChange }: {
  field: 'positions' | 'targets';
  legend: string;
  help: string;
  choices: readonly T[];
  chosen: readonly T[];
  labelOf: (choice: T) => string;
  problem: OwnStretchProblem | undefined;
  onChange: (chosen: T[]) => void;
}) {
  const toggle = (choice: T, on: boolean) => onChange(choices.filter((c) => (c === choice ? on : chosen.includes(c))));
  const id = elementIdOf(field);
  return (
    <fieldset class="chip-checklist" data-testid={id} {...described(field, problem)}>
      <legend>{legend}</legend>
      <p id={`${id}-help`} class="field-help">{help}</p>
      <div class="chip-row">
        {choices.map((c, i) => (
          <label key={c} class="day-chip">
            <input type="checkbox" id={i === 0 ? id : undefined} data-choice={c} checked={chosen.includes(c)}
              onChange={(e) => toggle(c, (e.target as HTMLInputElement).checked)} />
            <span>{labelOf(c)}</span>
          </label>
        ))}
      </div>
      <FieldError field={field} problem={problem} />
    </fieldset>
  );
}
