import type { ComponentChildren } from 'preact';
import { isRotatable, type Equipment, type Exercise } from '../../core/exercise';
import { t } from '../../platform/i18n';
import { formatList } from '../format';
import { Illustration } from '../Illustration';
import { equipmentLabel, positionLabel, targetLabel } from './labels';

/** One stretch in the picker: its picture, in the rotation or not, what it is for, a star and a preview; `children` add actions. */
export function PickerItem({ exercise: e, on, favourite, onToggle, onFavourite, onPreview, note, children }: {
  exercise: Exercise;
  on: boolean;
  favourite: boolean;
  onToggle: (on: boolean) => void;
  onFavourite: () => void;
  onPreview: () => void;
  /** A line under its facts (an own stretch kept on this device only). */
  note?: string;
  children?: ComponentChildren;
}) {
  const nameId = `ex-${e.id}-name`;
  const gear = e.equipment.filter((q): q is Exclude<Equipment, 'none'> => q !== 'none');
  return (
    <li class={on ? 'picker-item on' : 'picker-item'} data-exercise={e.id}>
      <Illustration exerciseId={e.picture ?? e.id} alt={e.imageAlt} size={96} still />
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
        {note && <p class="picker-note" data-testid={`note-${e.id}`}>{note}</p>}
      </div>
      <div class="picker-actions">
        <button type="button" class="fav" aria-pressed={favourite} data-testid={`fav-${e.id}`}
          title={t('optFavourite')} onClick={onFavourite}>
          <span aria-hidden="true">{favourite ? '\u2605' : '\u2606'}</span> {t('optFavourite')}<span class="visually-hidden">: {e.name}</span>
        </button>
        <button type="button" data-testid={`preview-${e.id}`} onClick={onPreview}>{t('optPreview')}<span class="visually-hidden">: {e.name}</span></button>
        {children}
      </div>
    </li>
  );
}
