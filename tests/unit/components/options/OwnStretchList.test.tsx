// @vitest-environment happy-dom
/** The user's own stretches in the picker: in the rotation like any other, their words as text, edited, duplicated and deleted. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getMessage } from '../../english-messages';
import { ExercisePicker } from '../../../../components/options/ExercisePicker';
import type { OwnStretchesProps } from '../../../../components/options/OwnStretchList';
import { DEFAULT_SETTINGS } from '../../../../core/settings';
import { MAX_OWN_STRETCHES, type OwnStretch } from '../../../../core/own-stretch';
import { DEFAULT_ENABLED_IDS, EXERCISE_DATA } from '../../../../data/exercises';
import { WALL_ANGELS } from '../../own-stretches';

/** A lazily loaded module may take seconds on a busy machine. */
const LAZY = { timeout: 10_000 };

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(getMessage as never);
});
afterEach(cleanup);

function picker(stretches: readonly OwnStretch[], extra: Partial<OwnStretchesProps> = {}) {
  const onSave = vi.fn(async (_s: OwnStretch) => undefined);
  const onDelete = vi.fn(async (_s: OwnStretch) => undefined);
  const own: OwnStretchesProps = { stretches, localOnly: [], note: null, onSave, onDelete, ...extra };
  const view = render(<ExercisePicker settings={DEFAULT_SETTINGS} onChange={() => undefined} own={own} />);
  const item = (id: string) => view.container.querySelector<HTMLElement>(`.own-stretches .picker-item[data-exercise="${id}"]`)!;
  return { view, onSave, onDelete, item };
}

describe('own stretches in the picker', () => {
  it('are listed with the library\'s, counted in the rotation, and taken in and out of it by their own box', async () => {
    const { view, item, onSave } = picker([WALL_ANGELS, { ...WALL_ANGELS, id: 'own-2', name: 'Second', inRotation: false }]);
    expect(view.getByTestId('picker-count').textContent).toBe(`${DEFAULT_ENABLED_IDS.length + 1} of ${EXERCISE_DATA.length - 1 + 2} stretches in your rotation.`);
    const box = item(WALL_ANGELS.id).querySelector<HTMLInputElement>('input[type=checkbox]')!;
    expect(box.checked).toBe(true);
    fireEvent.click(box);
    await waitFor(() => expect(onSave).toHaveBeenCalledWith({ ...WALL_ANGELS, inRotation: false }));
    fireEvent.click(view.getByTestId(`fav-${WALL_ANGELS.id}`));
    await waitFor(() => expect(onSave).toHaveBeenCalledWith({ ...WALL_ANGELS, favourite: true }));
    // The picture it borrows, described as that drawing is.
    expect(item(WALL_ANGELS.id).querySelector('[role=img]')!.getAttribute('aria-label')).toBe(getMessage('ex_overhead_elbow_stretch_alt'));
  });

  it('count alone for "choose at least one" when every library stretch is off', () => {
    const settings = { ...DEFAULT_SETTINGS, enabledExercises: [] };
    const own: OwnStretchesProps = { stretches: [WALL_ANGELS], localOnly: [], note: null, onSave: async () => undefined, onDelete: async () => undefined };
    const view = render(<ExercisePicker settings={settings} onChange={() => undefined} own={own} />);
    expect(view.queryByTestId('choose-one')).toBeNull();
  });

  it('show a name that carries markup or script as the text it is', () => {
    const name = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const { item } = picker([{ ...WALL_ANGELS, name: name.slice(0, 60) }]);
    expect(item(WALL_ANGELS.id).querySelector('.picker-name span')!.textContent).toBe(name.slice(0, 60));
    expect(item(WALL_ANGELS.id).querySelector('script')).toBeNull();
    expect([...item(WALL_ANGELS.id).querySelectorAll('img')].every((img) => img.closest('.illustration'))).toBe(true);
  });

  it('say which are kept on this device only', () => {
    const { view } = picker([WALL_ANGELS], { localOnly: [WALL_ANGELS.id] });
    expect(view.getByTestId(`note-${WALL_ANGELS.id}`).textContent).toContain('On this device only');
  });

  it('follow the filters', () => {
    const { view, item } = picker([WALL_ANGELS]);
    fireEvent.change(view.getByTestId('filter-position'), { target: { value: 'floor' } });
    expect(item(WALL_ANGELS.id)).toBeNull();
    fireEvent.change(view.getByTestId('filter-position'), { target: { value: 'standing' } });
    expect(item(WALL_ANGELS.id)).not.toBeNull();
  });

  it('are deleted only after a confirm, and focus goes to "Add your own stretch"', async () => {
    const { view, onDelete } = picker([WALL_ANGELS]);
    fireEvent.click(view.getByTestId(`own-delete-${WALL_ANGELS.id}`));
    const dialog = view.getByTestId('confirm-delete-own');
    expect(dialog.textContent).toContain('Delete “Wall angels”?');
    expect(onDelete).not.toHaveBeenCalled();
    fireEvent.click(view.getByTestId('confirm-delete-own-confirm'));
    await waitFor(() => expect(onDelete).toHaveBeenCalledWith(WALL_ANGELS));
    await waitFor(() => expect(document.activeElement).toBe(view.getByTestId('own-add')));
  });

  it('open the editor on a copy of one, saved as a new stretch (a new id, not a favourite)', async () => {
    const { view, onSave } = picker([{ ...WALL_ANGELS, favourite: true }]);
    fireEvent.click(view.getByTestId(`own-duplicate-${WALL_ANGELS.id}`));
    const editor = await view.findByTestId('own-stretch-editor', {}, LAZY);
    expect(editor.querySelector<HTMLInputElement>('#own-name')!.value).toBe('Wall angels');
    fireEvent.click(view.getByTestId('own-save'));
    await waitFor(() => expect(onSave).toHaveBeenCalledOnce());
    const copy = onSave.mock.calls[0]![0];
    expect(copy.id).not.toBe(WALL_ANGELS.id);
    expect(copy).toMatchObject({ name: 'Wall angels', favourite: false, inRotation: true });
  });

  it('stop at 50: no more can be added or copied', () => {
    const many = Array.from({ length: MAX_OWN_STRETCHES }, (_, i) => ({ ...WALL_ANGELS, id: `own-${i}` }));
    const { view } = picker(many);
    expect(view.getByTestId('own-add')).toHaveProperty('disabled', true);
    expect(view.getByTestId('own-duplicate-own-0')).toHaveProperty('disabled', true);
    expect(view.container.querySelector('#own-full')!.textContent).toContain('50');
  });
});
