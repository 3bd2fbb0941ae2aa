// @vitest-environment happy-dom
/** The options page's stretch library: the rotation's count, long stretches apart, what each card needs. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getMessage } from '../../english-messages';
import { ExercisePicker, type PickerChange } from '../../../../components/options/ExercisePicker';
import { DEFAULT_SETTINGS } from '../../../../core/settings';
import { DEFAULT_ENABLED_IDS, EXERCISE_DATA } from '../../../../data/exercises';
import type { OwnStretchesProps } from '../../../../components/options/OwnStretchList';

const NO_OWN: OwnStretchesProps = { stretches: [], localOnly: [], note: null, onSave: async () => undefined, onDelete: async () => undefined };

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(getMessage as never);
});
afterEach(cleanup);

describe('the exercise picker', () => {
  it('counts only the stretches a break can pick, and offers the long one apart, without a rotation checkbox', () => {
    const view = render(<ExercisePicker settings={DEFAULT_SETTINGS} onChange={() => undefined} own={NO_OWN} />);
    expect(view.getByTestId('picker-count').textContent).toBe(`${DEFAULT_ENABLED_IDS.length} of ${EXERCISE_DATA.length - 1} stretches in your rotation.`);
    const backbend = view.container.querySelector('.picker-item[data-exercise="supported-backbend"]')!;
    expect(backbend.querySelector('input[type=checkbox]')).toBeNull();
    expect(view.getByTestId('long-supported-backbend').textContent).toContain('breaks never pick it');
  });

  it('names what a stretch needs: a door frame, a desk or steady chair', () => {
    const view = render(<ExercisePicker settings={DEFAULT_SETTINGS} onChange={() => undefined} own={NO_OWN} />);
    const meta = (id: string) => view.container.querySelector(`#ex-${id}-meta`)!.textContent;
    expect(meta('doorway-chest-stretch')).toContain('needs a door frame');
    expect(meta('calf-stretch')).toContain('needs a desk or steady chair');
    expect(meta('chin-tuck')).not.toContain('needs');
  });

  it('filters by the new targets (wrists and hands, eyes, legs)', () => {
    const view = render(<ExercisePicker settings={DEFAULT_SETTINGS} onChange={() => undefined} own={NO_OWN} />);
    const filter = view.getByTestId('filter-target') as HTMLSelectElement;
    for (const [target, id] of [['wrists', 'finger-fan'], ['eyes', 'look-far'], ['legs', 'calf-stretch']] as const) {
      filter.value = target;
      fireEvent.change(filter);
      const shown = [...view.container.querySelectorAll('.picker-item')].map((li) => li.getAttribute('data-exercise'));
      expect(shown, target).toContain(id);
      expect(shown.every((x) => EXERCISE_DATA.find((e) => e.id === x)!.targets.includes(target)), target).toBe(true);
    }
  });

  it('a stored list that holds the long stretch loses it on the next change', () => {
    const changes: PickerChange[] = [];
    const settings = { ...DEFAULT_SETTINGS, enabledExercises: ['supported-backbend', 'cobra'] };
    const view = render(<ExercisePicker settings={settings} onChange={(c) => changes.push(c)} own={NO_OWN} />);
    fireEvent.click(view.container.querySelector('input[data-exercise="chin-tuck"]')!);
    expect(changes).toEqual([{ enabledExercises: ['chin-tuck', 'cobra'] }]);
  });
});
