/**
 * The own-stretch editor's form as the user has typed it, and the way from it to a stretch the
 * checks (core/own-stretch.ts) judge. Numbers stay text here, so a half-typed number is shown as
 * typed and said to be wrong, never silently changed.
 */
import { isDeskFriendly, type Position, type Target } from '../../core/exercise';
import { amountField, doseParts, ownDose, roundsField, type OwnDoseKind, type OwnStretch } from '../../core/own-stretch';

export interface Draft {
  readonly name: string;
  readonly cues: readonly string[];
  readonly kind: OwnDoseKind;
  readonly amount: string;
  readonly rounds: string;
  readonly perSide: boolean;
  readonly positions: readonly Position[];
  readonly targets: readonly Target[];
  /** '' for none. */
  readonly caution: string;
  /** A library exercise's id, or '' for no picture. */
  readonly picture: string;
}

/** A new stretch's form: a 20-second hold, once, seated. */
export const BLANK_DRAFT: Draft = {
  name: '', cues: [''], kind: 'hold', amount: '20', rounds: '1', perSide: false, positions: ['seated'], targets: [], caution: '', picture: '',
};

export function draftOf(stretch: OwnStretch): Draft {
  const dose = doseParts(stretch.dose);
  return {
    name: stretch.name, cues: stretch.cues, kind: dose.kind, amount: String(dose.amount), rounds: String(dose.rounds), perSide: dose.perSide,
    positions: stretch.positions, targets: stretch.targets, caution: stretch.caution ?? '', picture: stretch.picture ?? '',
  };
}

/** A number as typed; blank is no number at all (not 0). */
const numberOf = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

/**
 * What the form says the stretch is, for checkOwnStretch. A new stretch joins the rotation if it is
 * desk-friendly (floor ones are ticked by hand, as the library's are), and is no favourite yet.
 */
export function stretchOf(draft: Draft, id: string, kept?: Pick<OwnStretch, 'inRotation' | 'favourite'>): Record<string, unknown> {
  return {
    id,
    name: draft.name,
    cues: draft.cues,
    dose: ownDose({ kind: draft.kind, amount: numberOf(draft.amount), rounds: numberOf(draft.rounds), perSide: draft.perSide }),
    positions: draft.positions,
    targets: draft.targets,
    ...(draft.caution.trim() === '' ? {} : { caution: draft.caution }),
    picture: draft.picture === '' ? null : draft.picture,
    inRotation: kept?.inRotation ?? isDeskFriendly(draft),
    favourite: kept?.favourite ?? false,
  };
}

/** The form's fields, each with the element that shows it (its id in the page). */
export type FormField = 'name' | `cue-${number}` | 'amount' | 'rounds' | 'positions' | 'targets' | 'caution' | 'picture';

/** The form field a problem of the check belongs to (`dose.seconds` is the amount of a hold...). */
export function formFieldOf(field: string, kind: OwnDoseKind): FormField | null {
  const cue = /^cues\.(\d)$/.exec(field);
  if (cue) return `cue-${Number(cue[1])}`;
  if (field === amountField(kind)) return 'amount';
  if (field === roundsField(kind)) return 'rounds';
  return (['name', 'positions', 'targets', 'caution', 'picture'] as const).find((f) => f === field) ?? null;
}
