// @vitest-environment happy-dom
/**
 * Writing one's own stretch: every field says what is wrong by the field, nothing invalid is
 * saved, the preview shows the card as typed (text as text), and an edit keeps what the form
 * does not show.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getMessage } from '../../english-messages';
import { OwnStretchEditor } from '../../../../components/options/OwnStretchEditor';
import type { OwnStretch } from '../../../../core/own-stretch';
import { WALL_ANGELS } from '../../own-stretches';

const NEW_ID = 'own-mhx0a1b9-00000z';

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(getMessage as never);
});
afterEach(cleanup);

function open(props: Partial<Parameters<typeof OwnStretchEditor>[0]> = {}) {
  const onSave = vi.fn<(s: OwnStretch) => Promise<void>>(async () => undefined);
  const onClose = vi.fn();
  const view = render(<OwnStretchEditor id={NEW_ID} editing={false} holdMultiplier={1} onSave={onSave} onClose={onClose} {...props} />);
  const field = (id: string) => view.container.querySelector<HTMLInputElement>(`#${id}`)!;
  const type = (id: string, value: string) => fireEvent.input(field(id), { target: { value } });
  const save = () => fireEvent.click(view.getByTestId('own-save'));
  const errorOf = (id: string) => view.container.querySelector(`#${id}-error`)?.textContent ?? null;
  return { view, onSave, onClose, field, type, save, errorOf };
}

describe('the own-stretch editor', () => {
  it('saves nothing that is invalid: each field says what is wrong, tied to it, and focus goes to the first', async () => {
    const { field, save, errorOf, onSave, view } = open();
    expect(errorOf('own-name')).toBeNull(); // untouched fields keep quiet until a Save
    save();
    expect(onSave).not.toHaveBeenCalled();
    expect(errorOf('own-name')).toBe('Enter 1 to 60 characters.');
    expect(field('own-name').getAttribute('aria-invalid')).toBe('true');
    expect(field('own-name').getAttribute('aria-describedby')).toBe('own-name-error own-name-help');
    expect(errorOf('own-cue-0')).toBe('Enter 1 to 140 characters.');
    expect(errorOf('own-targets')).toBe('Choose at least one.');
    expect(view.getByTestId('own-targets').getAttribute('aria-invalid')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(field('own-name')));
  });

  it('says a dose out of the schema\'s bounds is wrong as it is typed, by its own field', () => {
    const { field, type, errorOf } = open();
    type('own-amount', '200');
    expect(errorOf('own-amount')).toBe('Enter a number from 5 to 180.');
    expect(field('own-amount').getAttribute('aria-invalid')).toBe('true');
    type('own-amount', '');
    expect(errorOf('own-amount')).toBe('Enter a number.');
    type('own-rounds', '1.5');
    expect(errorOf('own-rounds')).toBe('Enter a whole number.');
    fireEvent.change(field('own-kind'), { target: { value: 'breaths' } });
    type('own-amount', '25');
    expect(errorOf('own-amount')).toBe('Enter a number from 1 to 20.');
    type('own-name', 'x'.repeat(61));
    expect(errorOf('own-name')).toBe('Enter 1 to 60 characters.');
  });

  it('saves a new desk stretch into the rotation, its text trimmed, not yet a favourite', async () => {
    const { field, type, save, onSave, view } = open();
    type('own-name', '  Wall angels ');
    type('own-cue-0', 'Back to the wall.');
    fireEvent.click(view.getByTestId('own-add-cue'));
    type('own-cue-1', 'Slide your arms up.');
    fireEvent.change(field('own-kind'), { target: { value: 'reps' } });
    type('own-amount', '8');
    type('own-rounds', '2');
    fireEvent.click(view.container.querySelector('[data-testid=own-positions] input[data-choice=standing]')!);
    fireEvent.click(view.container.querySelector('[data-testid=own-positions] input[data-choice=seated]')!);
    fireEvent.click(view.container.querySelector('[data-testid=own-targets] input[data-choice=shoulders]')!);
    fireEvent.change(field('own-picture'), { target: { value: 'overhead-elbow-stretch' } });
    save();
    await waitFor(() => expect(onSave).toHaveBeenCalledOnce());
    expect(onSave.mock.calls[0]![0]).toEqual({
      id: NEW_ID, name: 'Wall angels', cues: ['Back to the wall.', 'Slide your arms up.'], dose: { kind: 'reps', count: 8, sets: 2, perSide: false },
      positions: ['standing'], targets: ['shoulders'], picture: 'overhead-elbow-stretch', inRotation: true, favourite: false,
    });
  });

  it('leaves a new floor stretch out of the rotation until it is ticked, as the library\'s floor stretches are', async () => {
    const { type, save, onSave, view } = open();
    type('own-name', 'Knees to chest');
    type('own-cue-0', 'Hug both knees.');
    fireEvent.click(view.container.querySelector('[data-testid=own-positions] input[data-choice=floor]')!);
    fireEvent.click(view.container.querySelector('[data-testid=own-positions] input[data-choice=seated]')!);
    fireEvent.click(view.container.querySelector('[data-testid=own-targets] input[data-choice=hips]')!);
    save();
    await waitFor(() => expect(onSave).toHaveBeenCalledOnce());
    expect(onSave.mock.calls[0]![0]).toMatchObject({ positions: ['floor'], inRotation: false });
  });

  it('edits a stretch in place: its id, its place in the rotation and its star stay', async () => {
    const stretch = { ...WALL_ANGELS, inRotation: false, favourite: true };
    const { type, save, onSave, view } = open({ id: stretch.id, from: stretch, editing: true });
    expect(view.getByRole('heading', { level: 2 }).textContent).toBe('Edit your stretch');
    type('own-name', 'Wall angels, slowly');
    save();
    await waitFor(() => expect(onSave).toHaveBeenCalledOnce());
    expect(onSave.mock.calls[0]![0]).toEqual({ ...stretch, name: 'Wall angels, slowly' });
  });

  it('shows the card as it will appear, the user\'s words as text, markup included', () => {
    const { type, view } = open();
    const preview = () => view.getByTestId('own-preview');
    expect(preview().querySelector('h1')!.textContent).toBe('Your stretch');
    type('own-name', '<img src=x onerror=alert(1)> Reach');
    type('own-cue-0', '<b>Slowly</b>');
    expect(preview().querySelector('h1')!.textContent).toBe('<img src=x onerror=alert(1)> Reach');
    expect(preview().querySelector('.card-cues li')!.textContent).toBe('<b>Slowly</b>');
    expect(preview().querySelector('img, b')).toBeNull();
    type('own-amount', '45');
    expect(preview().querySelector('#card-dose')!.textContent).toBe('Hold 45 s');
    type('own-amount', '999'); // out of bounds: the preview keeps the last dose it could run
    expect(preview().querySelector('#card-dose')!.textContent).toBe('Hold 45 s');
  });

  it('keeps the form open and says so when storage fails', async () => {
    const onSave = vi.fn(async () => {
      throw new Error('disk full');
    });
    const { save, view } = open({ id: WALL_ANGELS.id, from: WALL_ANGELS, editing: true, onSave });
    save();
    await view.findByText('Couldn’t save. Try again in a moment.');
    expect(view.getByTestId('own-save')).toHaveProperty('disabled', false);
  });
});
