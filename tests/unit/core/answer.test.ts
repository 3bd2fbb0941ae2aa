/**
 * An answer (Done, Skip, Snooze, pause, resume) may reach the scheduler more than once (the page
 * asks again after a worker stopped) or late (for a break already over). The scheduler applies it
 * once and ignores the rest: the same answer again is no more than an alarm; an answer to a break
 * that is no longer due changes nothing but the record that it was heard.
 */
process.env.TZ = 'Europe/Berlin';

import { describe, expect, it } from 'vitest';
import { reduce } from '../../../core/schedule';
import { ANSWERS_REMEMBERED, parseAnswer, type Answer, type AnswerAction } from '../../../core/answer';
import { parseScheduleState } from '../../../core/schedule-repair';
import type { ScheduleState } from '../../../core/schedule-types';
import { MIN, SEC, Sim } from './schedule-sim';

const WED_10 = new Date(2026, 10, 25, 10, 0).getTime();

let seq = 0;
function answer(sim: Sim, action: AnswerAction, breakId: number | null = sim.state.due?.breakId ?? null): Answer {
  seq += 1;
  return { id: `answer-${seq}`, breakId, at: sim.now, action };
}

/** What an alarm at this moment would do: the most a duplicate or stale answer may do. */
const asAlarm = (sim: Sim) => reduce(sim.state, { type: 'alarm' }, sim.now, sim.settings);
const without = (s: ScheduleState) => ({ ...s, answered: [] });

describe('an answer applied once, however often it arrives', () => {
  it('the same Done twice: the second is no more than an alarm (one log entry, the count not restarted again)', () => {
    const sim = new Sim(WED_10).runTo(30);
    const done = answer(sim, { type: 'done', exerciseId: 'neck-release' });
    sim.send({ type: 'answer', answer: done });
    expect(sim.state.due).toBeNull();
    expect(sim.state.answered).toEqual([done.id]);
    sim.runTo(33);
    const alarm = asAlarm(sim);
    const again = sim.send({ type: 'answer', answer: done });
    expect(again).toEqual(alarm.effects);
    expect(sim.state).toEqual(alarm.state);
    expect(sim.logs().filter((e) => e.outcome === 'done')).toHaveLength(1);
    expect(sim.sittingMs()).toBe(3 * MIN);
  });

  it('a Done for an old break: the break due now stays due and nothing is logged', () => {
    const sim = new Sim(WED_10).runTo(30);
    sim.send({ type: 'answer', answer: answer(sim, { type: 'done' }) });
    sim.runTo(60);
    expect(sim.state.due?.breakId).toBe(2);
    const logged = sim.logs().length;
    const alarm = asAlarm(sim);
    const late = answer(sim, { type: 'done' }, 1);
    const effects = sim.send({ type: 'answer', answer: late });
    expect(effects).toEqual(alarm.effects);
    expect(without(sim.state)).toEqual(without(alarm.state));
    expect(sim.state.due?.breakId).toBe(2);
    expect(sim.logs()).toHaveLength(logged);
    // Heard, though: the page that sent it can stop asking.
    expect(sim.state.answered).toContain(late.id);
  });

  it('a Skip or a Snooze for a break not due (old, or not yet given out) changes nothing', () => {
    const sim = new Sim(WED_10).runTo(30);
    for (const breakId of [7, 2]) {
      for (const action of [{ type: 'skip' }, { type: 'snooze' }] as const) {
        const alarm = asAlarm(sim);
        sim.send({ type: 'answer', answer: answer(sim, action, breakId) });
        expect(without(sim.state)).toEqual(without(alarm.state));
      }
    }
    expect(sim.state.due?.breakId).toBe(1);
  });

  it('a Snooze repeated after the snoozed break came back (a new break id) does not snooze that one too', () => {
    const sim = new Sim(WED_10).runTo(30);
    const snooze = answer(sim, { type: 'snooze' });
    sim.send({ type: 'answer', answer: snooze });
    sim.runTo(35);
    expect(sim.state.due?.breakId).toBe(2);
    sim.send({ type: 'answer', answer: snooze });
    expect(sim.state.due?.breakId).toBe(2);
    expect(sim.state.snoozesInRow).toBe(1);
    expect(sim.logs().filter((e) => e.outcome === 'snoozed')).toHaveLength(1);
  });

  it('a pause delivered again after the user resumed does not pause again', () => {
    const sim = new Sim(WED_10).runTo(10);
    const pause = answer(sim, { type: 'pause', until: sim.now + 60 * MIN });
    sim.send({ type: 'answer', answer: pause });
    expect(sim.state.paused).toEqual({ until: WED_10 + 70 * MIN });
    sim.runTo(12);
    const resume = answer(sim, { type: 'resume' });
    sim.send({ type: 'answer', answer: resume });
    sim.runTo(13);
    sim.send({ type: 'answer', answer: pause });
    sim.send({ type: 'answer', answer: resume });
    expect(sim.state.paused).toBeNull();
    expect(sim.sittingMs()).toBe(1 * MIN);
  });

  it('a Done not tied to a break (a stretch the user started) counts once', () => {
    const sim = new Sim(WED_10).runTo(12);
    const stretch = answer(sim, { type: 'done', exerciseId: 'cat-cow' }, null);
    sim.send({ type: 'answer', answer: stretch });
    sim.runTo(15);
    sim.send({ type: 'answer', answer: stretch });
    expect(sim.logs()).toEqual([{ at: WED_10 + 12 * MIN, outcome: 'done', sittingMs: 12 * MIN, exerciseId: 'cat-cow', answerId: stretch.id }]);
    expect(sim.sittingMs()).toBe(3 * MIN);
  });

  it("an answer's log entry carries its id and the moment the user gave it, even when it arrives late", () => {
    const sim = new Sim(WED_10).runTo(30);
    const skip = answer(sim, { type: 'skip', exerciseId: 'seated-twist' });
    sim.runUntil(sim.now + 20 * SEC);
    sim.send({ type: 'answer', answer: skip });
    expect(sim.logs().at(-1)).toEqual({ at: WED_10 + 30 * MIN, outcome: 'skipped', sittingMs: 30 * MIN + 20 * SEC, exerciseId: 'seated-twist', answerId: skip.id });
  });

  it('the handled ids are bounded and survive storage', () => {
    const sim = new Sim(WED_10);
    for (let i = 0; i < ANSWERS_REMEMBERED + 5; i += 1) sim.send({ type: 'answer', answer: answer(sim, { type: 'resume' }) });
    expect(sim.state.answered).toHaveLength(ANSWERS_REMEMBERED);
    expect(sim.state.answered.at(-1)).toBe(`answer-${seq}`);
    expect(parseScheduleState(JSON.parse(JSON.stringify(sim.state)))).toEqual(sim.state);
  });
});

describe('a restart in the middle of applying an answer', () => {
  it('after the state was saved: the answer comes again and changes nothing', () => {
    const sim = new Sim(WED_10).runTo(30);
    const done = answer(sim, { type: 'done' });
    sim.send({ type: 'answer', answer: done });
    sim.restart();
    const alarm = asAlarm(sim);
    expect(sim.send({ type: 'answer', answer: done })).toEqual(alarm.effects);
    expect(sim.logs().filter((e) => e.outcome === 'done')).toHaveLength(1);
    sim.runTo(59.9);
    expect(sim.breakMinutes()).toEqual([30]);
    sim.runTo(60);
    expect(sim.breakMinutes()).toEqual([30, 60]);
  });

  it('before the state was saved: applied again, it does the same once more, its log entry under the same key', () => {
    const sim = new Sim(WED_10).runTo(30);
    const before = sim.state;
    const done = answer(sim, { type: 'done', exerciseId: 'neck-release' });
    const first = sim.send({ type: 'answer', answer: done }).filter((e) => e.type === 'log');
    // The worker stopped before the save: the stored state is the one from before the answer.
    sim.state = before;
    sim.restart();
    const second = sim.send({ type: 'answer', answer: done }).filter((e) => e.type === 'log');
    expect(second).toEqual(first);
    expect(first).toEqual([{ type: 'log', entry: expect.objectContaining({ outcome: 'done', answerId: done.id }) }]);
    expect(sim.state.due).toBeNull();
    expect(sim.state.answered).toEqual([done.id]);
  });
});

describe('answers from untrusted places (storage, messages)', () => {
  const good = { id: 'abc-123', breakId: 3, at: WED_10, action: { type: 'done', exerciseId: 'cat-cow' } };

  it('a whole answer is copied, foreign keys dropped; a stretch id that is not one is dropped, the answer kept', () => {
    expect(parseAnswer({ ...good, extra: 1 })).toEqual(good);
    expect(parseAnswer({ ...good, action: { type: 'skip', exerciseId: '<img>' } })).toEqual({ ...good, action: { type: 'skip' } });
    expect(parseAnswer({ ...good, breakId: null, action: { type: 'pause', until: null } })).toMatchObject({ breakId: null, action: { type: 'pause', until: null } });
  });

  it.each([
    null, 'done', [], {}, { ...good, id: '' }, { ...good, id: 'a b' }, { ...good, id: 'x'.repeat(65) }, { ...good, breakId: 0 },
    { ...good, breakId: 1.5 }, { ...good, at: -1 }, { ...good, at: Number.NaN }, { ...good, action: null },
    { ...good, action: { type: 'explode' } }, { ...good, action: { type: 'pause', until: 'later' } },
  ])('%j is not an answer', (raw) => {
    expect(parseAnswer(raw)).toBeNull();
  });

  it('a hostile object is not an answer, and does not throw', () => {
    const hostile = new Proxy({}, { get() { throw new Error('boom'); } });
    expect(parseAnswer(hostile)).toBeNull();
  });
});
