import { useEffect, useRef, useState, useMemo } from 'preact/hooks';
import { isRotatable, type Exercise, type Position, type Target } from '../../core/exercise';
import { POSITIONS } from '../../core/own-stretch';
import { TARGETS, type Settings } from '../../core/settings';
import { listExercises } from '../../platform/exercises';
import { enabledExerciseIds } from '../../data/exercises';
import { StretchCard } from '../StretchCard';
import { t } from '../../platform/i18n';
import { positionLabel, targetLabel } from './labels';
import { PickerItem } from './PickerItem';
import { OwnStretchList, type OwnStretchesProps } from './OwnStretchList';

export interface PickerChange {
  readonly enabledExercises?: readonly string[] | null;
  readonly favourites?: readonly string[];
}

/**
 * The stretch library and the user's own stretches: which are in the rotation, which are
 * favourites, and a preview of each card.
 */
export function ExercisePicker({ settings, onChange, own }: { settings: Settings; onChange: (change: PickerChange) => void; own: OwnStretchesProps }) {
  const [position, setPosition] = useState<Position | ''>('');
  const [target, setTarget] = useState<Target | ''>('');
  const [preview, setPreview] = useState<Exercise | null>(null);
  const exercises = useMemo(listExercises, []);
  // Long stretches are in the library but never in the rotation.
  const rotatable = useMemo(() => exercises.filter(isRotatable).map((e) => e.id), [exercises]);
  const enabled = enabledExerciseIds(settings).filter((id) => rotatable.includes(id));
  const ownEnabled = own.stretches.filter((s) => s.inRotation).length;
  const matches = (e: Exercise) => (position === '' || e.positions.includes(position)) && (target === '' || e.targets.includes(target));
  const shown = exercises.filter(matches);

  const toggle = (id: string, on: boolean) =>
    onChange({ enabledExercises: rotatable.filter((x) => (x === id ? on : enabled.includes(x))) });
  const toggleFavourite = (id: string) =>
    onChange({ favourites: settings.favourites.includes(id) ? settings.favourites.filter((x) => x !== id) : [...settings.favourites, id] });

  return (
    <div class="picker" aria-describedby="picker-help">
      <h3 id="picker-heading">{t('optExercises')}</h3>
      <p id="picker-help" class="field-help">{t('optExercisesHelp')}</p>
      <p class="picker-count" data-testid="picker-count">{t('optPickerCount', enabled.length + ownEnabled, rotatable.length + own.stretches.length)}</p>
      {enabled.length + ownEnabled === 0 && <p class="field-error" role="alert" data-testid="choose-one">{t('errChooseOne')}</p>}
      <div class="picker-filters">
        <label>
          {t('optFilterPosition')}{' '}
          <select data-testid="filter-position" value={position} onChange={(e) => setPosition((e.target as HTMLSelectElement).value as Position | '')}>
            <option value="">{t('optFilterAny')}</option>
            {POSITIONS.map((p) => <option key={p} value={p}>{positionLabel(p)}</option>)}
          </select>
        </label>
        <label>
          {t('optFilterTarget')}{' '}
          <select data-testid="filter-target" value={target} onChange={(e) => setTarget((e.target as HTMLSelectElement).value as Target | '')}>
            <option value="">{t('optFilterAny')}</option>
            {TARGETS.map((x) => <option key={x} value={x}>{targetLabel(x)}</option>)}
          </select>
        </label>
        <button type="button" onClick={() => onChange({ enabledExercises: null })}>{t('optDeskDefaults')}</button>
      </div>
      <p class="visually-hidden" role="status">{t('optShowing', shown.length)}</p>
      <OwnStretchList own={own} shown={matches} holdMultiplier={settings.holdMultiplier} onPreview={setPreview} />
      <h4 id="library-heading">{t('ownLibrary')}</h4>
      <ul class="picker-list" aria-labelledby="library-heading">
        {shown.map((e) => (
          <PickerItem key={e.id} exercise={e} on={enabled.includes(e.id)} favourite={settings.favourites.includes(e.id)}
            onToggle={(on) => toggle(e.id, on)} onFavourite={() => toggleFavourite(e.id)} onPreview={() => setPreview(e)} />
        ))}
      </ul>
      {shown.length === 0 && <p class="field-help">{t('optNoMatch')}</p>}
      {preview && <PreviewDialog exercise={preview} holdMultiplier={settings.holdMultiplier} onClose={() => setPreview(null)} />}
    </div>
  );
}

function PreviewDialog({ exercise, holdMultiplier, onClose }: { exercise: Exercise; holdMultiplier: number; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog ref={ref} class="preview-dialog" aria-label={t('optPreviewOf', exercise.name)} data-testid="preview-dialog" onClose={onClose}>
      <StretchCard exercise={exercise} holdMultiplier={holdMultiplier}>
        <button type="button" class="primary" onClick={() => ref.current?.close()}>{t('btnClose')}</button>
      </StretchCard>
    </dialog>
  );
}
