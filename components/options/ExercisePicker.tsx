import { useEffect, useRef, useState, useMemo } from 'preact/hooks';
import { isRotatable, type Exercise, type Equipment, type Position, type Target } from '../../core/exercise';
import { TARGETS, type Settings } from '../../core/settings';
import { exerciseById, listExercises } from '../../platform/exercises';
import { enabledExerciseIds } from '../../data/exercises';
import { Illustration } from '../Illustration';
import { StretchCard } from '../StretchCard';
import { t } from '../../platform/i18n';
import { equipmentLabel, positionLabel, targetLabel } from './labels';
import { formatList } from '../format';

const POSITIONS: readonly Position[] = ['seated', 'standing', 'floor'];

export interface PickerChange {
  readonly enabledExercises?: readonly string[] | null;
  readonly favourites?: readonly string[];
}

/** The stretch library: which are in the rotation, which are favourites, and a preview of each card. */
export function ExercisePicker({ settings, onChange }: { settings: Settings; onChange: (change: PickerChange) => void }) {
  const [position, setPosition] = useState<Position | ''>('');
  const [target, setTarget] = useState<Target | ''>('');
  const [preview, setPreview] = useState<string | null>(null);
  const exercises = useMemo(listExercises, []);
  // Long stretches are in the library but never in the rotation.
  const rotatable = useMemo(() => exercises.filter(isRotatable).map((e) => e.id), [exercises]);
  const enabled = enabledExerciseIds(settings).filter((id) => rotatable.includes(id));
  const shown = exercises.filter((e) => (position === '' || e.positions.includes(position)) && (target === '' || e.targets.includes(target)));

  const toggle = (id: string, on: boolean) =>
    onChange({ enabledExercises: rotatable.filter((x) => (x === id ? on : enabled.includes(x))) });
  const toggleFavourite = (id: string) =>
    onChange({ favourites: settings.favourites.includes(id) ? settings.favourites.filter((x) => x !== id) : [...settings.favourites, id] });
  const previewed = preview ? exerciseById(preview) : undefined;

  return (
    <div class="picker" aria-describedby="picker-help">
      <h3 id="picker-heading">{t('optExercises')}</h3>
      <p id="picker-help" class="field-help">{t('optExercisesHelp')}</p>
      <p class="picker-count" data-testid="picker-count">{t('optPickerCount', enabled.length, rotatable.length)}</p>
      {enabled.length === 0 && <p class="field-error" role="alert" data-testid="choose-one">{t('errChooseOne')}</p>}
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
      <ul class="picker-list" aria-labelledby="picker-heading">
        {shown.map((e) => (
          <PickerItem key={e.id} exercise={e} on={enabled.includes(e.id)} favourite={settings.favourites.includes(e.id)}
            onToggle={(on) => toggle(e.id, on)} onFavourite={() => toggleFavourite(e.id)} onPreview={() => setPreview(e.id)} />
        ))}
      </ul>
      {shown.length === 0 && <p class="field-help">{t('optNoMatch')}</p>}
      {previewed && <PreviewDialog exercise={previewed} holdMultiplier={settings.holdMultiplier} onClose={() => setPreview(null)} />}
    </div>
  );
}

function PickerItem({ exercise: e, on, favourite, onToggle, onFavourite, onPreview }: {
  exercise: Exercise;
  on: boolean;
  favourite: boolean;
  onToggle: (on: boolean) => void;
  onFavourite: () => void;
  onPreview: () => void;
}) {
  const nameId = `ex-${e.id}-name`;
  const gear = e.equipment.filter((q): q is Exclude<Equipment, 'none'> => q !== 'none');
  return (
    <li class={on ? 'picker-item on' : 'picker-item'} data-exercise={e.id}>
      <Illustration exerciseId={e.id} alt={e.imageAlt} size={96} still />
      <div class="picker-text">
        {isRotatable(e) ? (
          <label class="picker-name">
            <input type="checkbox" checked={on} data-exercise={e.id} aria-describedby={`ex-${e.id}-meta`}
              onChange={(ev) => onToggle((ev.target as HTMLInputElement).checked)} />
            <span id={nameId}>{e.name}</span>
          </label>
        ) : (
          <p class="picker-name"><span id={nameId}>{e.name}</span></p>
        )}
        <p id={`ex-${e.id}-meta`} class="picker-meta">
          <span>{e.positions.map(positionLabel).join(' / ')}</span>
          {' · '}
          <span>{formatList(e.targets.map(targetLabel))}</span>
          {gear.length > 0 && <>{' · '}<span>{t('optNeeds', formatList(gear.map(equipmentLabel)))}</span></>}
        </p>
        {!isRotatable(e) && <p class="picker-long" data-testid={`long-${e.id}`}>{t('optLongStretch')}</p>}
      </div>
      <div class="picker-actions">
        <button type="button" class="fav" aria-pressed={favourite} data-testid={`fav-${e.id}`}
          title={t('optFavourite')} onClick={onFavourite}>
          <span aria-hidden="true">{favourite ? '\u2605' : '\u2606'}</span> {t('optFavourite')}<span class="visually-hidden">: {e.name}</span>
        </button>
        <button type="button" data-testid={`preview-${e.id}`} onClick={onPreview}>{t('optPreview')}<span class="visually-hidden">: {e.name}</span></button>
      </div>
    </li>
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
