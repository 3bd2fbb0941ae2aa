/** The pages' one protocol: each request reaches its handler; the chime goes to the offscreen document only. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dispatchMessage, isChimeMessage, isMessage, onChimeMessage, send, sendChime, type Handlers } from '../../../platform/messages';

const handlers = (): Handlers => ({
  'break-action': vi.fn(async () => ({ ok: true as const })),
  'next-exercise': vi.fn(async () => ({ exerciseId: 'cobra' })),
  pause: vi.fn(async () => ({ ok: true as const })),
  resume: vi.fn(async () => ({ ok: true as const })),
});

beforeEach(() => fakeBrowser.reset());

describe('requests to the background', () => {
  it('routes each request to its handler with its fields', async () => {
    const h = handlers();
    await dispatchMessage(h, { type: 'break-action', action: 'done', exerciseId: 'cobra' });
    expect(h['break-action']).toHaveBeenCalledWith({ type: 'break-action', action: 'done', exerciseId: 'cobra' });
    expect(await dispatchMessage(h, { type: 'next-exercise' })).toEqual({ exerciseId: 'cobra' });
    await dispatchMessage(h, { type: 'pause', minutes: 30 });
    expect(h.pause).toHaveBeenCalledWith({ type: 'pause', minutes: 30 });
  });

  it('answers nothing it does not know, the chime included (that is the offscreen document\'s)', () => {
    const h = handlers();
    for (const other of [null, 'pause', {}, { type: 'reboot' }, { type: 'limber-chime', kind: 'done' }]) {
      expect(isMessage(other)).toBe(false);
      expect(dispatchMessage(h, other)).toBeUndefined();
    }
  });

  it('send() puts the type and the fields in one message, and hands back the answer', async () => {
    const sent = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async () => ({ ok: true })) as never);
    expect(await send('break-action', { action: 'skip', exerciseId: null })).toEqual({ ok: true });
    expect(sent).toHaveBeenCalledWith({ type: 'break-action', action: 'skip', exerciseId: null });
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
