import type { Settings } from '../core/settings';
import { EXERCISES, DEFAULT_ENABLED_IDS } from '../data/exercises';
import { Illustration } from './Illustration';
import { t } from '../platform/i18n';

const POSITION_KEY = { seated: 'positionSeated', standing: 'positionStanding', floor: 'positionFloor' } as const;

/** Which stretches are in the rotation. An empty choice is allowed but called out. */
export function ExerciseChecklist({ settings, onChange }: { settings: Settings; onChange: (ids: string[]) => void }) {
  const enabled = settings.enabledExercises ?? DEFAULT_ENABLED_IDS;
  const toggle = (id: string, on: boolean) => onChange(EXERCISES.map((e) => e.id).filter((x) => (x === id ? on : enabled.includes(x))));
  return (
    <section aria-labelledby="exercises-heading">
      <h2 id="exercises-heading">{t('optExercises')}</h2>
      <p class="field-help">{t('optExercisesHelp')}</p>
      {enabled.length === 0 && <p class="field-error" role="alert">{t('errChooseOne')}</p>}
      <ul class="exercise-list">
        {EXERCISES.map((e) => (
          <li key={e.id}>
            <label>
              <input type="checkbox" checked={enabled.includes(e.id)} data-exercise={e.id}
                onChange={(ev) => toggle(e.id, (ev.target as HTMLInputElement).checked)} />
              <Illustration exerciseId={e.id} alt="" size={40} />
              <span>{e.name} <small>({e.positions.map((p) => t(POSITION_KEY[p])).join(' / ')})</small></span>
            </label>
          </li>
        ))}
      </ul>
    </section>
  );
}
