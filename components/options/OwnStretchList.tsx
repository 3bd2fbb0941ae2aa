import { useEffect, useRef, useState } from 'preact/hooks';
import type { Exercise } from '../../core/exercise';
import { MAX_OWN_STRETCHES, newOwnStretchId, ownExercise, type OwnStretch } from '../../core/own-stretch';
import { pictureAlt } from '../../platform/exercises';
import { t } from '../../platform/i18n';
import { onUse } from '../lazy';
import { ConfirmDialog } from './ConfirmDialog';
import { PickerItem } from './PickerItem';

/** What the page gives the list: the stretches as stored, and how to save and delete one. */
export interface OwnStretchesProps {
  /** Oldest first. */
  readonly stretches: readonly OwnStretch[];
  /** Ids of those sync refused: kept on this device only. */
  readonly localOnly: readonly string[];
  /** What the last save or delete came to, when there is something to say (sync refused it). */
  readonly note: string | null;
  /** Saves a stretch (new, edited, or a flag changed); rejects when storage failed. */
  readonly onSave: (stretch: OwnStretch) => Promise<void>;
  readonly onDelete: (stretch: OwnStretch) => Promise<void>;
}

/** The editor: its form and checks load when it is first opened, not with the options page. */
const useEditor = onUse(() => import('./OwnStretchEditor'));

type Editing = { readonly id: string; readonly from?: OwnStretch; readonly editing: boolean };

/**
 * The user's own stretches in the picker: each in the rotation or not, a favourite or not,
 * previewed, edited, duplicated or deleted (after a confirm); and "Add your own stretch". Focus
 * goes where the user will look next: to the stretch just saved, to "Add" after a delete, back
 * to the button that opened the editor when it is closed unsaved.
 */
export function OwnStretchList({ own, shown, holdMultiplier, onPreview }: {
  own: OwnStretchesProps;
  /** The filters' choice: whether a stretch is shown. */
  shown: (exercise: Exercise) => boolean;
  holdMultiplier: number;
  onPreview: (exercise: Exercise) => void;
}) {
  const [editing, setEditing] = useState<Editing | null>(null);
  const [deleting, setDeleting] = useState<OwnStretch | null>(null);
  const focusNext = useRef<string | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  /** The editor closes on a save, too: then focus goes to the stretch saved, not back to its opener. */
  const saved = useRef(false);
  const editor = useEditor(editing !== null);
  const full = own.stretches.length >= MAX_OWN_STRETCHES;

  useEffect(() => {
    if (focusNext.current === null) return;
    const target = document.querySelector<HTMLElement>(`[data-testid="${focusNext.current}"]`);
    if (target) {
      target.focus();
      focusNext.current = null;
    }
  });

  const open = (next: Editing) => {
    opener.current = document.activeElement as HTMLElement | null;
    setEditing(next);
  };
  const add = () => open({ id: newOwnStretchId(Date.now(), Math.random), editing: false });
  const save = async (stretch: OwnStretch) => {
    await own.onSave(stretch);
    saved.current = true;
    focusNext.current = `own-edit-${stretch.id}`;
  };
  const closeEditor = () => {
    setEditing(null);
    if (!saved.current) opener.current?.focus();
    saved.current = false;
  };
  const remove = async (stretch: OwnStretch) => {
    focusNext.current = 'own-add';
    await own.onDelete(stretch);
  };
  const cards = own.stretches.map((s) => ({ stretch: s, card: ownExercise(s, pictureAlt) })).filter((x) => shown(x.card));

  return (
    <div class="own-stretches" data-testid="own-stretches">
      <h4 id="own-heading">{t('ownTitle')}</h4>
      <p class="field-help">{t('ownHelp')}</p>
      <p class={own.note ? 'note' : 'visually-hidden'} role="status" data-testid="own-note">{own.note}</p>
      {cards.length > 0 && (
        <ul class="picker-list" aria-labelledby="own-heading">
          {cards.map(({ stretch, card }) => (
            <PickerItem key={stretch.id} exercise={card} on={stretch.inRotation} favourite={stretch.favourite}
              onToggle={(inRotation) => void own.onSave({ ...stretch, inRotation }).catch(() => undefined)}
              onFavourite={() => void own.onSave({ ...stretch, favourite: !stretch.favourite }).catch(() => undefined)}
              onPreview={() => onPreview(card)}
              note={own.localOnly.includes(stretch.id) ? t('ownOnThisDevice') : undefined}>
              <button type="button" data-testid={`own-edit-${stretch.id}`} onClick={() => open({ id: stretch.id, from: stretch, editing: true })}>
                {t('ownEdit')}<span class="visually-hidden">: {stretch.name}</span>
              </button>
              <button type="button" data-testid={`own-duplicate-${stretch.id}`} disabled={full}
                onClick={() => open({ id: newOwnStretchId(Date.now(), Math.random), from: stretch, editing: false })}>
                {t('ownDuplicate')}<span class="visually-hidden">: {stretch.name}</span>
              </button>
              <button type="button" class="danger" data-testid={`own-delete-${stretch.id}`} onClick={() => setDeleting(stretch)}>
                {t('ownDelete')}<span class="visually-hidden">: {stretch.name}</span>
              </button>
            </PickerItem>
          ))}
        </ul>
      )}
      <div class="button-row">
        <button type="button" data-testid="own-add" onClick={add} disabled={full} aria-describedby={full ? 'own-full' : undefined}>{t('ownAdd')}</button>
      </div>
      {full && <p id="own-full" class="field-help">{t('ownFull', MAX_OWN_STRETCHES)}</p>}
      {editing && editor && (
        <editor.OwnStretchEditor id={editing.id} from={editing.from} editing={editing.editing} holdMultiplier={holdMultiplier}
          onSave={save} onClose={closeEditor} />
      )}
      {deleting && (
        <ConfirmDialog id="confirm-delete-own" title={t('ownDeleteTitle', deleting.name)} body={t('ownDeleteBody')} confirmLabel={t('ownDelete')}
          onConfirm={() => void remove(deleting).catch(() => undefined)} onClose={() => setDeleting(null)} />
      )}
    </div>
  );
}
