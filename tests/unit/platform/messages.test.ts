/** The pages' one protocol: each request reaches its handler; the chime goes to the offscreen document only. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dispatchMessage, isChimeMessage, isMessage, onChimeMessage, send, sendChime, type Handlers } from '../../../platform/messages';

const handlers = (): Handlers => ({
  answer: vi.fn(async () => ({ handled: true })),
  'next-exercise': vi.fn(async () => ({ exerciseId: 'cobra' })),
});
const done = { id: 'a1', breakId: 3, at: 1, action: { type: 'done', exerciseId: 'cobra' } } as const;

beforeEach(() => fakeBrowser.reset());

describe('requests to the background', () => {
  it('routes each request to its handler with its fields', async () => {
    const h = handlers();
    expect(await dispatchMessage(h, { type: 'answer', answer: done })).toEqual({ handled: true });
    expect(h.answer).toHaveBeenCalledWith({ type: 'answer', answer: done });
    expect(await dispatchMessage(h, { type: 'next-exercise', requestId: 'r1' })).toEqual({ exerciseId: 'cobra' });
    expect(h['next-exercise']).toHaveBeenCalledWith({ type: 'next-exercise', requestId: 'r1' });
  });

  it('answers nothing it does not know, the chime included (that is the offscreen document\'s)', () => {
    const h = handlers();
    for (const other of [null, 'answer', {}, { type: 'reboot' }, { type: 'pause', minutes: 30 }, { type: 'limber-chime', kind: 'done' }]) {
      expect(isMessage(other)).toBe(false);
      expect(dispatchMessage(h, other)).toBeUndefined();
    }
  });

  it('send() puts the type and the fields in one message, and hands back the answer', async () => {
    const sent = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async () => ({ handled: true })) as never);
    expect(await send('answer', { answer: done })).toEqual({ handled: true });
    expect(sent).toHaveBeenCalledWith({ type: 'answer', answer: done });
  });
});

describe('the chime', () => {
  it('is recognised only with a known kind', () => {
    expect(isChimeMessage({ type: 'limber-chime', kind: 'switch' })).toBe(true);
    expect(isChimeMessage({ type: 'limber-chime', kind: 'siren' })).toBe(false);
    expect(isChimeMessage({ type: 'pause', minutes: 1 })).toBe(false);
  });

  it('reaches the offscreen document\'s player; other messages do not', async () => {
    const play = vi.fn();
    onChimeMessage(play);
    await sendChime('done');
    await fakeBrowser.runtime.sendMessage({ type: 'resume' });
    expect(play.mock.calls).toEqual([['done']]);
  });
});
