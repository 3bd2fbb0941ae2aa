/**
 * The scheduler's rules, one named behaviour each. Time is an argument, so every rule runs in
 * microseconds: sleep, clock jumps, restarts, working hours. Local time is Berlin's (fixed below).
 */
process.env.TZ = 'Europe/Berlin';

import { describe, expect, it } from 'vitest';
import { badgeFor, initialState, reduce } from '../../../core/schedule';
import { describeStatus } from '../../../core/status';
import { pauseEnd } from '../../../core/pause';
import { DEFAULT_SETTINGS } from '../../../core/settings';
import { MIN, SEC, Sim } from './schedule-sim';
import type { BreakKind, ScheduleEvent } from '../../../core/schedule-types';

/** Wednesday 25 November 2026, 10:00 in Berlin. */
const WED_10 = new Date(2026, 10, 25, 10, 0).getTime();
const MON_FRI_9_17 = { workDays: [1, 2, 3, 4, 5], workStartMin: 9 * 60, workEndMin: 17 * 60 };

describe('sitting and the nudge', () => {
  it('is due after the interval of activity, not before, with the badge counting down', () => {
    const sim = new Sim(WED_10);
    expect(sim.badge()).toEqual({ text: '30', tone: 'counting' });
    sim.runTo(29.99);
    expect(sim.nudges()).toHaveLength(0);
    expect(sim.badge()?.text).toBe('1');
    sim.runTo(30);
    expect(sim.breakMinutes()).toEqual([30]);
    expect(sim.nudges()[0]!).toMatchObject({ breakId: 1, canSnooze: true, attempt: 0 });
    expect(sim.badge()).toEqual({ text: '!', tone: 'due' });
  });

  it('wakes at least once a minute while counting, and never in the past', () => {
    const sim = new Sim(WED_10);
    for (let m = 0; m < 29; m += 0.5) {
      sim.runTo(m);
      expect(sim.wakeAt! - sim.now).toBeGreaterThan(0);
      expect(sim.wakeAt! - sim.now).toBeLessThanOrEqual(MIN);
    }
  });

  it('a duplicate alarm does not double-nudge', () => {
    const sim = new Sim(WED_10).runTo(30);
    sim.send({ type: 'alarm' });
    sim.send({ type: 'alarm' });
    sim.runTo(31);
    sim.send({ type: 'alarm' });
    expect(sim.nudges().filter((n) => n.attempt === 0)).toHaveLength(1);
  });

  it('an early alarm changes nothing', () => {
    const sim = new Sim(WED_10).runTo(10);
    const before = sim.state.sitMs;
    sim.now += 10 * SEC;
    sim.send({ type: 'alarm' });
    expect(sim.state.sitMs).toBe(before + 10 * SEC);
    expect(sim.nudges()).toHaveLength(0);
  });
});

describe('time away is a break', () => {
  it('idle for at least the break length restarts the count, with no nudge for the time away', () => {
    const sim = new Sim(WED_10);
    sim.at(10, { type: 'idle' }); // input stopped at 9 min (idle threshold 1 min)
    sim.runTo(16);
    sim.send({ type: 'active' });
    expect(sim.sittingMs()).toBe(0);
    sim.runTo(45.9);
    expect(sim.nudges()).toHaveLength(0);
    sim.runTo(46);
    expect(sim.breakMinutes()).toEqual([46]);
    expect(sim.logs()).toContainEqual({ at: WED_10 + 9 * MIN, outcome: 'away', sittingMs: 9 * MIN });
  });

  it('an hour away wakes the worker once, to close the break, then not until the user is back', () => {
    const sim = new Sim(WED_10);
    sim.at(10, { type: 'idle' });
    const before = sim.alarmsFired;
    sim.runTo(70);
    expect(sim.alarmsFired - before).toBe(1);
    expect(sim.wakeAt).toBeNull();
    expect(sim.badge()).toEqual({ text: '', tone: 'idle' });
  });

  it('shorter idle does not reset: it counts as sitting', () => {
    const sim = new Sim(WED_10);
    sim.at(10, { type: 'idle' });
    sim.at(12, { type: 'active' });
    expect(sim.sittingMs()).toBe(12 * MIN);
    sim.runTo(30);
    expect(sim.breakMinutes()).toEqual([30]);
  });

  it('a locked screen counts from the moment it locked, not after the idle delay', () => {
    const sim = new Sim(WED_10);
    sim.at(10, { type: 'locked' });
    sim.at(15, { type: 'active' });
    expect(sim.sittingMs()).toBe(0);
    expect(sim.logs()).toContainEqual({ at: WED_10 + 10 * MIN, outcome: 'away', sittingMs: 10 * MIN });
  });

  it('the badge goes blank while away, and long idle alone suffices (Firefox never reports locked)', () => {
    const sim = new Sim(WED_10);
    sim.at(10, { type: 'idle' });
    expect(sim.badge()?.text).toBe('');
    sim.runTo(60); // still idle, no events but the wake at the break length
    expect(sim.state.away?.reset).toBe(true);
    sim.send({ type: 'active' });
    sim.runTo(89.9);
    expect(sim.nudges()).toHaveLength(0);
    sim.runTo(90);
    expect(sim.breakMinutes()).toEqual([90]);
  });

  it('away while a break is due closes it and the count restarts', () => {
    const sim = new Sim(WED_10).runTo(30);
    sim.at(31, { type: 'locked' });
    sim.runTo(37);
    expect(sim.effects.some((e) => e.effect.type === 'close-nudge')).toBe(true);
    sim.send({ type: 'active' });
    expect(sim.state.due).toBeNull();
    sim.runTo(66.9);
    expect(sim.breakMinutes()).toEqual([30]);
    sim.runTo(67);
    expect(sim.breakMinutes()).toEqual([30, 67]);
  });
});

describe('the break card: snooze, skip, done, closing it', () => {
  it('snooze closes the card and nudges again after the snooze time', () => {
    const sim = new Sim(WED_10).runTo(30);
    const effects = sim.send({ type: 'snooze' });
    expect(effects).toContainEqual({ type: 'close-nudge' });
    expect(sim.logs().at(-1)).toMatchObject({ outcome: 'snoozed', sittingMs: 30 * MIN });
    sim.runTo(34.9);
    expect(sim.breakMinutes()).toEqual([30]);
    sim.runTo(35);
    expect(sim.breakMinutes()).toEqual([30, 35]);
  });

  it('after the snooze limit (2 in a row) the card offers only Done or Skip, and snooze is refused', () => {
    const sim = new Sim(WED_10).runTo(30);
    sim.send({ type: 'snooze' });
    sim.runTo(35);
    sim.send({ type: 'snooze' });
    sim.runTo(40);
    expect(sim.nudges().map((n) => n.canSnooze)).toEqual([true, true, false]);
    const refused = sim.send({ type: 'snooze' });
    expect(refused.some((e) => e.type === 'close-nudge' || e.type === 'log')).toBe(false);
    expect(sim.state.due).not.toBeNull();
    sim.send({ type: 'done', exerciseId: 'neck-release' });
    sim.runTo(70);
    expect(sim.nudges().at(-1)).toMatchObject({ canSnooze: true });
  });

  it('a snooze limit of 0 never offers snooze', () => {
    const sim = new Sim(WED_10, { snoozeLimit: 0 }).runTo(30);
    expect(sim.nudges()[0]!.canSnooze).toBe(false);
  });

  it('skip records the skip and restarts the count', () => {
    const sim = new Sim(WED_10).runTo(30);
    sim.runUntil(WED_10 + 30 * MIN + 20 * SEC);
    sim.send({ type: 'skip', exerciseId: 'seated-twist' });
    expect(sim.logs().at(-1)).toEqual({ at: WED_10 + 30 * MIN + 20 * SEC, outcome: 'skipped', sittingMs: 30 * MIN + 20 * SEC, exerciseId: 'seated-twist' });
    expect(sim.sittingMs()).toBe(0);
    sim.runUntil(WED_10 + 60 * MIN + 20 * SEC);
    expect(sim.nudges().filter((n) => n.attempt === 0)).toHaveLength(2);
  });

  it('done records the stretch and the next break comes one interval later', () => {
    const sim = new Sim(WED_10).runTo(30);
    sim.runTo(30.5);
    sim.send({ type: 'done', exerciseId: 'neck-release' });
    expect(sim.logs().at(-1)).toMatchObject({ outcome: 'done', exerciseId: 'neck-release' });
    sim.runTo(60.4);
    expect(sim.breakMinutes()).toEqual([30]);
    sim.runTo(60.5);
    expect(sim.breakMinutes()).toEqual([30, 60.5]);
  });

  it('closing the break window counts as a skip; a stale window of an old break changes nothing', () => {
    const sim = new Sim(WED_10).runTo(30);
    sim.send({ type: 'dismissed', breakId: 99 });
    expect(sim.state.due?.breakId).toBe(1);
    sim.send({ type: 'dismissed', breakId: 1 });
    expect(sim.state.due).toBeNull();
    expect(sim.logs().at(-1)).toMatchObject({ outcome: 'skipped' });
  });

  it('an unanswered nudge is repeated once after 2 minutes (attempt 1), never more', () => {
    const sim = new Sim(WED_10).runTo(30);
    sim.runTo(31.9);
    expect(sim.nudges()).toHaveLength(1);
    sim.runTo(32);
    expect(sim.nudges().map((n) => [n.breakId, n.attempt])).toEqual([[1, 0], [1, 1]]);
    sim.runTo(120);
    sim.restart();
    sim.runTo(150);
    expect(sim.nudges().filter((n) => !n.restore)).toHaveLength(2);
  });
});

describe('pause and resume', () => {
  it('a 1-hour pause: no nudge for that hour, badge II, then a fresh count', () => {
    const sim = new Sim(WED_10).runTo(20);
    sim.send({ type: 'pause', until: sim.now + 60 * MIN });
    expect(sim.badge()).toEqual({ text: 'II', tone: 'paused' });
    expect(sim.wakeAt).toBe(WED_10 + 80 * MIN);
    sim.runTo(79.9);
    expect(sim.nudges()).toHaveLength(0);
    expect(describeStatus(sim.state, sim.now, sim.settings)).toMatchObject({ mode: 'paused', pausedUntil: WED_10 + 80 * MIN });
    sim.runTo(80);
    expect(sim.badge()).toEqual({ text: '30', tone: 'counting' });
    sim.runTo(109.9);
    expect(sim.nudges()).toHaveLength(0);
    sim.runTo(110);
    expect(sim.breakMinutes()).toEqual([110]);
  });

  it('pausing indefinitely needs no alarm; resume restarts the count', () => {
    const sim = new Sim(WED_10).runTo(20);
    sim.send({ type: 'pause', until: null });
    expect(sim.wakeAt).toBeNull();
    sim.jumpClock(5 * 60 * MIN);
    sim.send({ type: 'resume' });
    expect(sim.sittingMs()).toBe(0);
    expect(sim.badge()?.text).toBe('30');
  });

  it('pausing while a break is due closes the card', () => {
    const sim = new Sim(WED_10).runTo(30);
    expect(sim.send({ type: 'pause', until: null })).toContainEqual({ type: 'close-nudge' });
    expect(sim.state.due).toBeNull();
  });

  it('a pause whose end has already passed is not an indefinite pause', () => {
    const sim = new Sim(WED_10).runTo(10);
    sim.send({ type: 'pause', until: sim.now - 1 });
    expect(sim.state.paused).toBeNull();
    expect(sim.sittingMs()).toBe(10 * MIN);
  });

  it('presets: 30 min, 1 h, 2 h, until tomorrow (working-hours start), indefinitely', () => {
    expect(pauseEnd('30m', WED_10, DEFAULT_SETTINGS)).toBe(WED_10 + 30 * MIN);
    expect(pauseEnd('1h', WED_10, DEFAULT_SETTINGS)).toBe(WED_10 + 60 * MIN);
    expect(pauseEnd('2h', WED_10, DEFAULT_SETTINGS)).toBe(WED_10 + 120 * MIN);
    expect(pauseEnd('indefinitely', WED_10, DEFAULT_SETTINGS)).toBeNull();
    expect(pauseEnd('tomorrow', WED_10, MON_FRI_9_17)).toBe(new Date(2026, 10, 26, 9, 0).getTime());
    // Friday evening: tomorrow is the weekend, so the pause lasts until Monday 9:00.
    expect(pauseEnd('tomorrow', new Date(2026, 10, 27, 18, 0).getTime(), MON_FRI_9_17)).toBe(new Date(2026, 10, 30, 9, 0).getTime());
    // Early morning, before today's start: still tomorrow's start.
    expect(pauseEnd('tomorrow', new Date(2026, 10, 25, 7, 0).getTime(), MON_FRI_9_17)).toBe(new Date(2026, 10, 26, 9, 0).getTime());
    // Working all day: tomorrow at midnight.
    expect(pauseEnd('tomorrow', WED_10, DEFAULT_SETTINGS)).toBe(new Date(2026, 10, 26, 0, 0).getTime());
  });
});

describe('settings change mid-count', () => {
  it('a shorter interval below the time already sat nudges at once', () => {
    const sim = new Sim(WED_10).runTo(25);
    sim.settings = { ...sim.settings, intervalMin: 20 };
    sim.send({ type: 'settings-changed' });
    expect(sim.breakMinutes()).toEqual([25]);
  });

  it('a longer interval moves the nudge later, keeping the time already sat', () => {
    const sim = new Sim(WED_10).runTo(25);
    sim.settings = { ...sim.settings, intervalMin: 45 };
    sim.send({ type: 'settings-changed' });
    expect(sim.badge()?.text).toBe('20');
    sim.runTo(44.9);
    expect(sim.nudges()).toHaveLength(0);
    sim.runTo(45);
    expect(sim.breakMinutes()).toEqual([45]);
  });
});

describe('sleep and clock changes', () => {
  it('sleep: time asleep is away, and waking gives no burst of stale nudges', () => {
    const sim = new Sim(WED_10).runTo(20);
    sim.sleep(3 * 60 * MIN);
    expect(sim.nudges()).toHaveLength(0);
    expect(sim.sittingMs()).toBe(0);
    expect(sim.logs().at(-1)).toMatchObject({ outcome: 'away', sittingMs: 20 * MIN });
    const woke = sim.now;
    sim.runUntil(woke + 30 * MIN);
    expect(sim.nudges()).toHaveLength(1);
    expect(sim.nudges()[0]!.at).toBe(woke + 30 * MIN);
  });

  it('sleep while a break is due: at most that one nudge, closed on wake as a break taken', () => {
    const sim = new Sim(WED_10).runTo(30);
    sim.sleep(8 * 60 * MIN);
    sim.send({ type: 'active' });
    expect(sim.state.due).toBeNull();
    expect(sim.nudges()).toHaveLength(1);
  });

  it('a short sleep followed by an idle report: the time asleep is away too (found by the property test)', () => {
    const sim = new Sim(WED_10, { breakLengthMin: 6 }).runTo(10);
    sim.sleep(3.4 * MIN); // no wakes; the missed alarm fires on waking and counts the gap as sitting for now
    expect(sim.sittingMs()).toBe(13.4 * MIN);
    sim.send({ type: 'idle' }); // Chrome reports idle right after the wake
    expect(sim.state.away?.since).toBe(WED_10 + 10 * MIN);
    sim.runUntil(WED_10 + 16 * MIN);
    sim.send({ type: 'active' });
    expect(sim.sittingMs()).toBe(0);
  });

  it('a break length of 1 minute still lets the count run (on-time wakes are not sleep; found by the property test)', () => {
    const sim = new Sim(WED_10, { breakLengthMin: 1, intervalMin: 5 }).runTo(5);
    expect(sim.breakMinutes()).toEqual([5]);
  });

  it('idle since before the count began (it began at a wake from sleep): the return starts it over', () => {
    const sim = new Sim(WED_10, { breakLengthMin: 6 }).runTo(10);
    sim.sleep(6 * MIN); // a natural break: the count restarts at the wake
    sim.send({ type: 'idle' }); // idle for a minute already: since before the count began
    sim.runUntil(sim.now + 30 * 1000);
    sim.send({ type: 'active' });
    expect(sim.sittingMs()).toBe(0);
  });

  it('a clock set forward by hours: at most one nudge, the jump counts as away', () => {
    const sim = new Sim(WED_10).runTo(29);
    sim.jumpClock(3 * 60 * MIN);
    sim.send({ type: 'alarm' });
    expect(sim.nudges()).toHaveLength(0);
    expect(sim.sittingMs()).toBe(0);
  });

  it('a clock set forward by a minute or two is sitting: the nudge is not lost', () => {
    const sim = new Sim(WED_10).runTo(20);
    sim.jumpClock(2 * MIN);
    sim.send({ type: 'alarm' });
    expect(sim.sittingMs()).toBe(22 * MIN);
    sim.runTo(30);
    expect(sim.breakMinutes()).toEqual([30]);
  });

  it('a clock set back never yields negative or frozen sitting time', () => {
    const sim = new Sim(WED_10).runTo(20);
    sim.jumpClock(-60 * MIN);
    sim.send({ type: 'alarm' });
    expect(sim.sittingMs()).toBe(20 * MIN);
    expect(sim.wakeAt! - sim.now).toBeGreaterThan(0);
    expect(sim.wakeAt! - sim.now).toBeLessThanOrEqual(MIN);
    // The count goes on from the new time: 10 more minutes of sitting make the break due.
    const after = sim.now;
    sim.runUntil(after + 5 * MIN);
    expect(sim.sittingMs()).toBe(25 * MIN);
    sim.runUntil(after + 10 * MIN);
    expect(sim.nudges()).toHaveLength(1);
    expect(sim.nudges()[0]!.at).toBe(after + 10 * MIN);
  });

  it('a clock set back keeps a snooze, a pause and a due break in step', () => {
    const sim = new Sim(WED_10).runTo(30);
    sim.send({ type: 'snooze' });
    sim.jumpClock(-2 * 60 * MIN);
    sim.send({ type: 'alarm' });
    expect(sim.state.snoozedUntil! - sim.now).toBe(5 * MIN);
    const sim2 = new Sim(WED_10).runTo(10);
    sim2.send({ type: 'pause', until: sim2.now + 30 * MIN });
    sim2.jumpClock(-60 * MIN);
    sim2.send({ type: 'alarm' });
    expect(sim2.state.paused?.until).toBe(sim2.now + 30 * MIN);
  });

  it('DST: the count runs on real elapsed time across the spring-forward hour', () => {
    // 29 March 2026, 01:45 in Berlin; at 02:00 the clocks go to 03:00.
    const start = new Date(2026, 2, 29, 1, 45).getTime();
    const sim = new Sim(start);
    sim.runUntil(start + 30 * MIN);
    expect(sim.nudges()).toHaveLength(1);
    expect(new Date(sim.nudges()[0]!.at).getHours()).toBe(3);
    expect(new Date(sim.nudges()[0]!.at).getMinutes()).toBe(15);
  });

  it('DST: working hours follow local time across the fall-back hour', () => {
    // 25 October 2026 is a Sunday; Monday 26 October, 9:00 is the first working minute.
    const sunday = new Date(2026, 9, 25, 12, 0).getTime();
    const sim = new Sim(sunday, MON_FRI_9_17);
    expect(sim.state.offHours).toBe(true);
    expect(sim.wakeAt).toBe(new Date(2026, 9, 26, 9, 0).getTime());
  });

  it('a time-zone change moves working hours with the local clock; no nudge outside them', () => {
    const tz = process.env.TZ;
    try {
      // 16:40 in Berlin is 10:40 in New York.
      const start = new Date(2026, 10, 25, 16, 40).getTime();
      const sim = new Sim(start, MON_FRI_9_17);
      sim.runUntil(start + 10 * MIN);
      expect(sim.sittingMs()).toBe(10 * MIN);
      // Travel east: Tokyo is 00:50 on Thursday: outside the hours; the count stops and restarts.
      process.env.TZ = 'Asia/Tokyo';
      sim.send({ type: 'alarm' });
      expect(sim.state.offHours).toBe(true);
      sim.runUntil(start + 60 * MIN);
      expect(sim.nudges()).toHaveLength(0);
      expect(new Date(sim.wakeAt!).getHours()).toBe(9);
    } finally {
      process.env.TZ = tz;
    }
  });
});

describe('working hours', () => {
  it('outside them there is no counting and no nudge, and the count does not carry over night to morning', () => {
    const evening = new Date(2026, 10, 25, 16, 40).getTime();
    const sim = new Sim(evening, MON_FRI_9_17);
    sim.runUntil(new Date(2026, 10, 25, 17, 0).getTime());
    expect(sim.state.offHours).toBe(true);
    expect(sim.badge()).toEqual({ text: '', tone: 'idle' });
    expect(sim.wakeAt).toBe(new Date(2026, 10, 26, 9, 0).getTime());
    sim.runUntil(new Date(2026, 10, 26, 9, 0).getTime());
    expect(sim.state.offHours).toBe(false);
    expect(sim.sittingMs()).toBe(0);
    sim.runUntil(new Date(2026, 10, 26, 9, 29).getTime());
    expect(sim.nudges()).toHaveLength(0);
    sim.runUntil(new Date(2026, 10, 26, 9, 30).getTime());
    expect(sim.nudges()).toHaveLength(1);
  });

  it('an alarm a minute late for the start of the hours still counts from their start: the break is at 9:30', () => {
    const sim = new Sim(new Date(2026, 10, 26, 8, 30).getTime(), MON_FRI_9_17);
    sim.runUntil(new Date(2026, 10, 26, 8, 59).getTime());
    expect(sim.state.offHours).toBe(true);
    sim.sleep(2 * MIN + 10 * SEC); // the 9:00 alarm fires at 9:01:10
    expect(sim.state.offHours).toBe(false);
    expect(sim.state.seenAt - sim.state.sitMs).toBe(new Date(2026, 10, 26, 9, 0).getTime());
    sim.runUntil(new Date(2026, 10, 26, 9, 29).getTime());
    expect(sim.nudges()).toHaveLength(0);
    sim.runUntil(new Date(2026, 10, 26, 9, 30).getTime());
    expect(sim.nudges().map((n) => n.at)).toEqual([new Date(2026, 10, 26, 9, 30).getTime()]);
  });

  it('a machine asleep through the start of the hours counts from when it wakes, not from the start', () => {
    const sim = new Sim(new Date(2026, 10, 26, 8, 30).getTime(), MON_FRI_9_17);
    sim.runUntil(new Date(2026, 10, 26, 8, 59).getTime());
    sim.sleep(41 * MIN); // wakes at 9:40
    expect(sim.sittingMs()).toBe(0);
    sim.runUntil(new Date(2026, 10, 26, 10, 9).getTime());
    expect(sim.nudges()).toHaveLength(0);
    sim.runUntil(new Date(2026, 10, 26, 10, 10).getTime());
    expect(sim.nudges()).toHaveLength(1);
  });

  it('hours changed to include now start a count now, with no natural break for the morning', () => {
    const sim = new Sim(new Date(2026, 10, 26, 7, 0).getTime(), MON_FRI_9_17);
    sim.runUntil(new Date(2026, 10, 26, 7, 30).getTime());
    expect(sim.state.offHours).toBe(true);
    sim.settings = { ...sim.settings, workStartMin: 7 * 60 };
    sim.send({ type: 'settings-changed' });
    expect(sim.state.offHours).toBe(false);
    expect(sim.sittingMs()).toBe(0);
    expect(sim.logs()).toHaveLength(0);
  });

  it('a break due at the end of the day is withdrawn, not carried to the morning', () => {
    const sim = new Sim(new Date(2026, 10, 25, 16, 20).getTime(), MON_FRI_9_17);
    sim.runUntil(new Date(2026, 10, 25, 16, 50).getTime());
    expect(sim.breakMinutes()).toHaveLength(1);
    sim.runUntil(new Date(2026, 10, 25, 17, 0).getTime());
    expect(sim.state.due).toBeNull();
    expect(sim.effects.filter((e) => e.effect.type === 'close-nudge').at(-1)?.at).toBe(new Date(2026, 10, 25, 17, 0).getTime());
    sim.runUntil(new Date(2026, 10, 26, 9, 29).getTime());
    expect(sim.breakMinutes()).toHaveLength(1);
  });

  it('weekends are off: Saturday has no counting at all', () => {
    const saturday = new Date(2026, 10, 28, 10, 0).getTime();
    const sim = new Sim(saturday, MON_FRI_9_17);
    sim.runUntil(saturday + 8 * 60 * MIN);
    expect(sim.nudges()).toHaveLength(0);
    expect(describeStatus(sim.state, sim.now, sim.settings).mode).toBe('off-hours');
  });
});

describe('presenting, calls and watching', () => {
  it('holds the nudge while a window is fullscreen (badge "due"), re-checks each minute, then nudges at once', () => {
    const sim = new Sim(WED_10).runTo(25);
    sim.send({ type: 'attention', fullscreen: true, audible: false });
    sim.runTo(40);
    expect(sim.nudges()).toHaveLength(0);
    expect(sim.badge()).toEqual({ text: 'due', tone: 'due' });
    expect(describeStatus(sim.state, sim.now, sim.settings).mode).toBe('held');
    expect(sim.wakeAt! - sim.now).toBeLessThanOrEqual(MIN);
    sim.runTo(40.5);
    sim.send({ type: 'attention', fullscreen: false, audible: false });
    expect(sim.nudges()).toHaveLength(1);
    expect(sim.nudges()[0]!.at).toBe(WED_10 + 40.5 * MIN);
    expect(sim.badge()?.text).toBe('!');
  });

  it('holds while a tab plays sound (a call), and not at all when the setting is off', () => {
    const on = new Sim(WED_10);
    on.send({ type: 'attention', fullscreen: false, audible: true });
    on.runTo(35);
    expect(on.nudges()).toHaveLength(0);
    const off = new Sim(WED_10, { holdWhilePresenting: false });
    off.send({ type: 'attention', fullscreen: true, audible: true });
    off.runTo(30);
    expect(off.breakMinutes()).toEqual([30]);
  });

  it('a held break is not repeated while held, and presenting after the nudge holds the repeat', () => {
    const sim = new Sim(WED_10).runTo(30);
    sim.runTo(31);
    sim.send({ type: 'attention', fullscreen: true, audible: false });
    sim.runTo(40);
    expect(sim.nudges()).toHaveLength(1);
    sim.send({ type: 'attention', fullscreen: false, audible: false });
    expect(sim.nudges().map((n) => n.attempt)).toEqual([0, 1]);
  });

  it('watching is not being away: idle while a tab plays sound keeps counting', () => {
    const sim = new Sim(WED_10, { holdWhilePresenting: false });
    sim.at(5, { type: 'attention', fullscreen: false, audible: true });
    sim.at(10, { type: 'idle' });
    sim.runTo(29);
    expect(sim.state.away).toBeNull();
    expect(sim.sittingMs()).toBe(29 * MIN);
    sim.runTo(30);
    expect(sim.breakMinutes()).toEqual([30]);
  });

  it('when the sound stops and the user is still idle, away begins then', () => {
    const sim = new Sim(WED_10);
    sim.at(5, { type: 'attention', fullscreen: false, audible: true });
    sim.at(10, { type: 'idle' });
    sim.at(20, { type: 'attention', fullscreen: false, audible: false });
    expect(sim.state.away?.since).toBe(WED_10 + 20 * MIN);
    sim.at(26, { type: 'active' });
    expect(sim.sittingMs()).toBe(0);
  });

  it('a locked screen is away even with sound playing', () => {
    const sim = new Sim(WED_10);
    sim.at(5, { type: 'attention', fullscreen: false, audible: true });
    sim.at(10, { type: 'locked' });
    sim.at(16, { type: 'active' });
    expect(sim.sittingMs()).toBe(0);
  });
});

describe('heads-up', () => {
  it('off by default: no heads-up', () => {
    const sim = new Sim(WED_10).runTo(30);
    expect(sim.effects.some((e) => e.effect.type === 'heads-up')).toBe(false);
  });

  it('30 s before the break: a wake, the badge shows 30s, one heads-up effect', () => {
    const sim = new Sim(WED_10, { headsUp: true });
    sim.runUntil(WED_10 + 30 * MIN - 30 * SEC - 1);
    expect(sim.wakeAt).toBe(WED_10 + 30 * MIN - 30 * SEC);
    sim.runUntil(WED_10 + 30 * MIN - 30 * SEC);
    expect(sim.badge()).toEqual({ text: '30s', tone: 'due' });
    const headsUps = () => sim.effects.filter((e) => e.effect.type === 'heads-up');
    expect(headsUps()).toHaveLength(1);
    sim.send({ type: 'alarm' });
    sim.runTo(30);
    expect(headsUps()).toHaveLength(1);
    expect(sim.breakMinutes()).toEqual([30]);
    // Snooze: another heads-up before the snoozed nudge.
    sim.send({ type: 'snooze' });
    sim.runTo(35);
    expect(headsUps()).toHaveLength(2);
  });
});

describe('restarts', () => {
  it('a worker restart mid-count neither loses the count nor double-nudges', () => {
    const sim = new Sim(WED_10).runTo(12.3);
    sim.restart();
    expect(sim.sittingMs()).toBe(12.3 * MIN);
    sim.runTo(20);
    sim.restart();
    sim.restart();
    sim.runTo(30);
    expect(sim.breakMinutes()).toEqual([30]);
  });

  it('a restart while a break is due shows the same break again, quietly (restore), never a new one', () => {
    const sim = new Sim(WED_10).runTo(30);
    const effects = sim.restart();
    expect(effects).toContainEqual({ type: 'nudge', breakId: 1, kind: 'stretch', canSnooze: true, attempt: 0, restore: true });
    sim.restart();
    expect(new Set(sim.nudges().map((n) => n.breakId))).toEqual(new Set([1]));
  });

  it('a browser closed for longer than the break length: the count restarts on the next start', () => {
    const sim = new Sim(WED_10).runTo(20);
    sim.jumpClock(10 * MIN);
    sim.restart();
    expect(sim.sittingMs()).toBe(0);
  });

  it('a browser closed briefly: the time counts as sitting', () => {
    const sim = new Sim(WED_10).runTo(20);
    sim.jumpClock(3 * MIN);
    sim.restart();
    expect(sim.sittingMs()).toBe(23 * MIN);
  });
});

describe('the badge and status never lie', () => {
  it('status of a fresh state is counting with the full interval ahead', () => {
    const s = initialState(WED_10);
    expect(describeStatus(s, WED_10, DEFAULT_SETTINGS)).toEqual({ mode: 'counting', sittingMs: 0, nextBreakAt: WED_10 + 30 * MIN, kind: 'stretch', pausedUntil: null });
    expect(badgeFor(s, WED_10, DEFAULT_SETTINGS)).toEqual({ text: '30', tone: 'counting' });
  });

  it('reduce never mutates the state it was given', () => {
    const s = Object.freeze(initialState(WED_10));
    expect(() => reduce(s, { type: 'alarm' }, WED_10 + 31 * MIN, DEFAULT_SETTINGS)).not.toThrow();
    expect(s.sitMs).toBe(0);
  });
});

describe('scheduler smoke', () => {
  it('nudges after 30 minutes of sitting', () => {
    const t0 = Date.UTC(2026, 10, 25, 9);
    let state = initialState(t0);
    let nudged = false;
    for (let m = 1; m <= 30; m += 1) {
      const r = reduce(state, { type: 'alarm' }, t0 + m * 60_000, DEFAULT_SETTINGS);
      state = r.state;
      nudged ||= r.effects.some((e) => e.type === 'nudge');
    }
    expect(nudged).toBe(true);
  });
});

/** Answers each break the moment it is shown, as `answer` says, until `untilMin` after t0. */
function answering(sim: Sim, untilMin: number, answer: (kind: BreakKind, snoozesInRow: number) => ScheduleEvent | null): void {
  const end = sim.t0 + untilMin * MIN;
  while (sim.now < end) {
    sim.runUntil(Math.min(sim.wakeAt ?? end, end));
    const due = sim.state.due;
    if (due?.shownAt != null && due.shownAt === sim.now) {
      const event = answer(due.kind, sim.state.snoozesInRow);
      if (event) sim.send(event);
    }
  }
}
const doneWith = (kind: BreakKind): ScheduleEvent => ({ type: 'done', exerciseId: 'neck-release', kind });
const SHORT_ON = { shortBreaks: true } as const;

describe('short breaks', () => {
  it('are off by default: two hours bring stretch breaks only', () => {
    const sim = new Sim(WED_10);
    answering(sim, 120, doneWith);
    expect(sim.shortMinutes()).toEqual([]);
    expect(sim.breakMinutes()).toEqual([30, 60, 90, 120]);
  });

  it('on: a short break every 20 minutes of sitting, the stretch break every 30; the badge counts to whichever is next', () => {
    const sim = new Sim(WED_10, SHORT_ON);
    expect(sim.badge()).toEqual({ text: '20', tone: 'counting' });
    expect(describeStatus(sim.state, sim.now, sim.settings)).toMatchObject({ nextBreakAt: WED_10 + 20 * MIN, kind: 'short' });
    sim.runTo(20);
    expect(sim.nudges()).toEqual([{ at: WED_10 + 20 * MIN, breakId: 1, kind: 'short', canSnooze: false, attempt: 0, restore: false }]);
    sim.send({ type: 'done', exerciseId: 'neck-release', kind: 'short' });
    expect(sim.logs().at(-1)).toEqual({ at: WED_10 + 20 * MIN, outcome: 'done', sittingMs: 20 * MIN, exerciseId: 'neck-release', kind: 'short' });
    // The stretch count went on through the short break.
    expect(sim.badge()).toEqual({ text: '10', tone: 'counting' });
    expect(describeStatus(sim.state, sim.now, sim.settings).kind).toBe('stretch');
    answering(sim, 120, doneWith);
    expect(sim.shortMinutes()).toEqual([20, 50, 80, 110]);
    expect(sim.breakMinutes()).toEqual([30, 60, 90, 120]);
  });

  it('a short break cannot be snoozed; Skip and closing its window log a skipped short break and leave the stretch count alone', () => {
    const sim = new Sim(WED_10, SHORT_ON).runTo(20);
    expect(sim.send({ type: 'snooze' }).some((e) => e.type === 'log')).toBe(false);
    sim.send({ type: 'dismissed', breakId: 1 });
    expect(sim.logs().at(-1)).toEqual({ at: WED_10 + 20 * MIN, outcome: 'skipped', sittingMs: 20 * MIN, kind: 'short' });
    expect(sim.state.due).toBeNull();
    expect(sim.state.skipped).toBeNull();
    sim.runTo(30);
    expect(sim.breakMinutes()).toEqual([30]);
  });

  it('never within 5 minutes before a stretch break: at 27 of 30 it gives way, at 25 it comes', () => {
    const close = new Sim(WED_10, { ...SHORT_ON, shortIntervalMin: 27 });
    answering(close, 61, doneWith);
    expect(close.shortMinutes()).toEqual([]);
    expect(close.breakMinutes()).toEqual([30, 60]);
    const apart = new Sim(WED_10, { ...SHORT_ON, shortIntervalMin: 25 });
    answering(apart, 61, doneWith);
    expect(apart.shortMinutes()).toEqual([25, 55]);
  });

  it('judged by the count, not the wake: a wake a moment late at 25 of 30 still brings the short break', () => {
    const sim = new Sim(WED_10, { ...SHORT_ON, shortIntervalMin: 25 }).runTo(24.5);
    sim.wakeAt = null; // the wake due at 25 comes half a second late
    sim.now = WED_10 + 25 * MIN + 500;
    sim.send({ type: 'alarm' });
    expect(sim.nudges().map((n) => n.kind)).toEqual(['short']);
  });

  it('when both fall due together the stretch break wins, alone', () => {
    const sim = new Sim(WED_10, { ...SHORT_ON, shortIntervalMin: 30 });
    sim.runTo(30);
    expect(sim.nudges().map((n) => n.kind)).toEqual(['stretch']);
  });

  it('never within 5 minutes after a stretch break either: a snooze starts the short count over', () => {
    const sim = new Sim(WED_10, { ...SHORT_ON, shortIntervalMin: 5, snoozeMin: 15 });
    answering(sim, 46, (kind, snoozes) => (kind === 'stretch' && snoozes === 0 ? { type: 'snooze' } : doneWith(kind)));
    expect(sim.breakMinutes()).toEqual([30, 45]);
    expect(sim.shortMinutes()).toEqual([5, 10, 15, 20, 25, 35, 40]);
    const gaps = sim.shortMinutes().flatMap((s) => sim.breakMinutes().map((b) => Math.abs(s - b)));
    expect(Math.min(...gaps)).toBe(5);
  });

  it('an unanswered short break goes after 2 minutes, quietly: no repeat, nothing logged', () => {
    const sim = new Sim(WED_10, SHORT_ON).runTo(20);
    sim.runTo(21.9);
    expect(sim.effects.some((e) => e.effect.type === 'close-nudge')).toBe(false);
    sim.runTo(22);
    expect(sim.effects.filter((e) => e.effect.type === 'close-nudge').map((e) => e.at)).toEqual([WED_10 + 22 * MIN]);
    expect(sim.state.due).toBeNull();
    expect(sim.logs()).toEqual([]);
    sim.runTo(30);
    expect(sim.nudges().map((n) => [n.kind, n.attempt])).toEqual([['short', 0], ['stretch', 0]]);
  });

  it('a short break left open when the stretch break falls due (a late wake) closes for it', () => {
    const sim = new Sim(WED_10, { ...SHORT_ON, shortIntervalMin: 25, breakLengthMin: 10 }).runTo(25);
    sim.jumpClock(5 * MIN); // no wake from 25 to 30: the lapse at 27 is missed (too short to be time away)
    const effects = sim.send({ type: 'alarm' });
    expect(effects.filter((e) => e.type === 'close-nudge' || e.type === 'nudge').map((e) => e.type)).toEqual(['close-nudge', 'nudge']);
    expect(sim.state.due?.kind).toBe('stretch');
  });

  it('time away resets both counts; a natural break is remembered for the popup', () => {
    const sim = new Sim(WED_10, SHORT_ON);
    sim.at(10, { type: 'idle' });
    sim.at(16, { type: 'active' });
    expect(sim.sittingMs()).toBe(0);
    // Counted when the time away reached the break length (away from 9, idle after a minute).
    expect(sim.state.naturalBreak).toEqual({ at: WED_10 + 14 * MIN, reported: false });
    expect(sim.badge()?.text).toBe('20');
    answering(sim, 47, doneWith);
    expect(sim.shortMinutes()).toEqual([36]);
    expect(sim.breakMinutes()).toEqual([46]);
    // A break answered at the card starts a count of its own.
    expect(sim.state.naturalBreak).toBeNull();
  });

  it('pause and working hours hold both kinds', () => {
    const sim = new Sim(WED_10, SHORT_ON).runTo(10);
    sim.send({ type: 'pause', until: sim.now + 60 * MIN });
    sim.runTo(70);
    expect(sim.nudges()).toEqual([]);
    sim.runTo(90);
    expect(sim.shortMinutes()).toEqual([90]);
    const evening = new Date(2026, 10, 25, 16, 50).getTime();
    const hours = new Sim(evening, { ...SHORT_ON, ...MON_FRI_9_17 });
    hours.runUntil(new Date(2026, 10, 26, 9, 19).getTime());
    expect(hours.nudges()).toEqual([]);
    hours.runUntil(new Date(2026, 10, 26, 9, 20).getTime());
    expect(hours.shortMinutes()).toHaveLength(1);
  });

  it('held by a call, a short break comes when it ends; held until the stretch break is near, the stretch break comes instead', () => {
    const soon = new Sim(WED_10, SHORT_ON);
    soon.at(18, { type: 'attention', fullscreen: true, audible: false });
    soon.runTo(21.5);
    expect(soon.nudges()).toEqual([]);
    soon.send({ type: 'attention', fullscreen: false, audible: false });
    expect(soon.shortMinutes()).toEqual([21.5]);
    const late = new Sim(WED_10, SHORT_ON);
    late.at(18, { type: 'attention', fullscreen: true, audible: false });
    late.at(27, { type: 'attention', fullscreen: false, audible: false });
    expect(late.nudges().map((n) => [n.breakId, n.kind])).toEqual([[1, 'stretch']]);
    expect(late.breakMinutes()).toEqual([27]);
  });

  it('a stretch done from the popup while a short break is up ends both', () => {
    const sim = new Sim(WED_10, SHORT_ON).runTo(20);
    const effects = sim.send({ type: 'done', exerciseId: 'cobra', kind: 'stretch' });
    expect(effects).toContainEqual({ type: 'close-nudge' });
    expect(sim.logs().at(-1)).toEqual({ at: WED_10 + 20 * MIN, outcome: 'done', sittingMs: 20 * MIN, exerciseId: 'cobra' });
    expect(sim.sittingMs()).toBe(0);
  });
});

describe('firmness', () => {
  it('gentle (the default): snooze up to the limit, Skip and closing the window skip', () => {
    const sim = new Sim(WED_10).runTo(30);
    sim.send({ type: 'dismissed', breakId: 1 });
    expect(sim.logs().at(-1)).toMatchObject({ outcome: 'skipped' });
  });

  it('firm: one snooze whatever the snooze limit, and closing the window snoozes', () => {
    const sim = new Sim(WED_10, { firmness: 'firm', snoozeLimit: 3 }).runTo(30);
    expect(sim.nudges()[0]).toMatchObject({ canSnooze: true });
    sim.send({ type: 'dismissed', breakId: 1 });
    expect(sim.logs().at(-1)).toMatchObject({ outcome: 'snoozed' });
    expect(sim.state.snoozedUntil).toBe(WED_10 + 35 * MIN);
    sim.runTo(35);
    expect(sim.nudges().at(-1)).toMatchObject({ breakId: 2, canSnooze: false });
    expect(sim.send({ type: 'snooze' }).some((e) => e.type === 'log')).toBe(false);
  });

  it('firm: closing the window with no snooze left is neither a skip nor a snooze; the break stays due and is shown once more', () => {
    const sim = new Sim(WED_10, { firmness: 'firm' }).runTo(30);
    sim.send({ type: 'snooze' });
    sim.runTo(35);
    const effects = sim.send({ type: 'dismissed', breakId: 2 });
    expect(effects.some((e) => e.type === 'log' || e.type === 'close-nudge')).toBe(false);
    expect(sim.state.due?.breakId).toBe(2);
    expect(sim.badge()?.text).toBe('!');
    sim.runTo(37);
    expect(sim.nudges().at(-1)).toMatchObject({ breakId: 2, attempt: 1 });
    // Skip, deliberately (the card asks for a press-and-hold), still ends it.
    sim.send({ type: 'skip', exerciseId: 'cobra' });
    expect(sim.logs().at(-1)).toMatchObject({ outcome: 'skipped', exerciseId: 'cobra' });
  });

  it('strict: no Skip at all; Done ends the break; one snooze', () => {
    const sim = new Sim(WED_10, { firmness: 'strict' }).runTo(30);
    const refused = sim.send({ type: 'skip', exerciseId: 'cobra' });
    expect(refused.some((e) => e.type === 'log' || e.type === 'close-nudge')).toBe(false);
    expect(sim.state.due?.breakId).toBe(1);
    sim.send({ type: 'dismissed', breakId: 1 });
    expect(sim.logs().at(-1)).toMatchObject({ outcome: 'snoozed' });
    sim.runTo(35);
    expect(sim.nudges().at(-1)).toMatchObject({ canSnooze: false });
    sim.send({ type: 'skip' });
    expect(sim.state.due?.breakId).toBe(2);
    sim.send({ type: 'done', exerciseId: 'cobra' });
    expect(sim.logs().at(-1)).toMatchObject({ outcome: 'done' });
    expect(sim.state.due).toBeNull();
  });

  it('short breaks stay gentle under strict: Skip and closing work', () => {
    const sim = new Sim(WED_10, { ...SHORT_ON, firmness: 'strict' }).runTo(20);
    sim.send({ type: 'skip', kind: 'short' });
    expect(sim.logs().at(-1)).toMatchObject({ outcome: 'skipped', kind: 'short' });
  });
});

describe('the meeting hold', () => {
  const MEETING = { holdDuringMeetings: true, holdWhilePresenting: false } as const;
  const call = (on: boolean) => ({ type: 'attention', fullscreen: false, audible: on, meeting: on }) as const;

  it('holds a break due during a call, and brings it when the call has been quiet for the grace period (2 min)', () => {
    const sim = new Sim(WED_10, MEETING);
    sim.at(25, call(true));
    sim.runTo(40);
    expect(sim.nudges()).toEqual([]);
    expect(sim.badge()).toEqual({ text: 'due', tone: 'due' });
    sim.at(40, call(false));
    sim.runTo(41.99);
    expect(sim.nudges()).toEqual([]);
    sim.runTo(42);
    expect(sim.breakMinutes()).toEqual([42]);
  });

  it('sound that comes back within the grace period keeps the hold; the grace starts again when it stops', () => {
    const sim = new Sim(WED_10, MEETING);
    sim.at(25, call(true));
    sim.at(40, call(false));
    sim.at(41, call(true));
    sim.at(50, call(false));
    sim.runTo(51.99);
    expect(sim.nudges()).toEqual([]);
    sim.runTo(52);
    expect(sim.breakMinutes()).toEqual([52]);
  });

  it('a break falling due in the grace period waits for its end; a grace of 0 brings it with the call\'s end', () => {
    const sim = new Sim(WED_10, MEETING);
    sim.at(20, call(true));
    sim.at(29, call(false));
    sim.runTo(30.99);
    expect(sim.nudges()).toEqual([]);
    sim.runTo(31);
    expect(sim.breakMinutes()).toEqual([31]);
    const none = new Sim(WED_10, { ...MEETING, meetingGraceMin: 0 });
    none.at(25, call(true));
    none.at(40, call(false));
    expect(none.breakMinutes()).toEqual([40]);
  });

  it('with the setting off a meeting tab changes nothing', () => {
    const sim = new Sim(WED_10, { holdWhilePresenting: false });
    sim.at(25, call(true));
    sim.runTo(30);
    expect(sim.breakMinutes()).toEqual([30]);
  });

  it('holds both kinds, and a two-hour call loses neither: one nudge when it ends, never a burst', () => {
    const sim = new Sim(WED_10, { ...MEETING, ...SHORT_ON });
    sim.at(10, call(true));
    sim.runTo(130);
    expect(sim.nudges()).toEqual([]);
    sim.at(130, call(false));
    sim.runTo(132);
    expect(sim.nudges().map((n) => [n.at, n.kind])).toEqual([[WED_10 + 132 * MIN, 'stretch']]);
  });

  it('a clock set back moves the grace period with it', () => {
    const sim = new Sim(WED_10, MEETING);
    sim.at(25, call(true));
    sim.at(40, call(false));
    sim.jumpClock(-60 * MIN);
    sim.send({ type: 'alarm' });
    expect(sim.state.meeting.endedAt).toBe(sim.now);
  });
});

describe('"I just took a break", the natural break and the skipped break', () => {
  it('"I just took a break" restarts both counts, is logged as a natural break and closes a due nudge', () => {
    const sim = new Sim(WED_10, SHORT_ON).runTo(20);
    const effects = sim.send({ type: 'took-break' });
    expect(effects).toContainEqual({ type: 'close-nudge' });
    expect(sim.logs().at(-1)).toEqual({ at: WED_10 + 20 * MIN, outcome: 'away', sittingMs: 20 * MIN });
    expect(sim.state.naturalBreak).toEqual({ at: WED_10 + 20 * MIN, reported: true });
    expect(sim.badge()?.text).toBe('20');
    answering(sim, 51, doneWith);
    expect(sim.shortMinutes()).toEqual([20, 40]);
    expect(sim.breakMinutes()).toEqual([50]);
  });

  it('"I just took a break" means nothing while paused or outside working hours', () => {
    const sim = new Sim(WED_10).runTo(10);
    sim.send({ type: 'pause', until: null });
    expect(sim.send({ type: 'took-break' }).some((e) => e.type === 'log')).toBe(false);
  });

  it('a skipped stretch is remembered with its card until the next break ends; closing the window is a skip without one', () => {
    const sim = new Sim(WED_10).runTo(30);
    sim.send({ type: 'skip', exerciseId: 'cobra' });
    expect(sim.state.skipped).toEqual({ at: WED_10 + 30 * MIN, exerciseId: 'cobra' });
    sim.runTo(35);
    sim.send({ type: 'done', exerciseId: 'cobra', kind: 'stretch' });
    expect(sim.state.skipped).toBeNull();
    sim.runTo(65);
    sim.send({ type: 'dismissed', breakId: 2 });
    expect(sim.state.skipped).toEqual({ at: WED_10 + 65 * MIN, exerciseId: null });
  });
});
