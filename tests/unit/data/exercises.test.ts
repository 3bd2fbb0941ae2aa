// @vitest-environment happy-dom
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXERCISE_DATA, DEFAULT_ENABLED_IDS, exerciseDataById } from '../../../data/exercises';
import { ILLUSTRATION_URLS } from '../../../data/illustrations';
import { PICTURE_MOTION } from '../../../data/picture-motion';
import { isDeskFriendly, isRotatable, withText, type Position, type Target, type Equipment } from '../../../core/exercise';
import { isDoseInBounds as doseIsInBounds } from '../../../core/dose-bounds';
import { doseAt, holdPlan, totalSeconds, SHORT_BREAK_SECONDS } from '../../../core/hold-timer';
import { TARGETS as SETTINGS_TARGETS, PROBLEM_AREAS } from '../../../core/settings';
import english from '../../../public/_locales/en/messages.json';

const catalogue = english as Record<string, { message: string }>;
/** The cards as an English reader sees them: the data joined with the English catalogue. */
const EXERCISES = EXERCISE_DATA.map((data) => withText(data, (key) => catalogue[key]?.message ?? ''));

// Resolved from this file (happy-dom replaces the global URL, so use node:path).
const ILLUSTRATION_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'data', 'illustrations');

const POSITIONS: readonly Position[] = ['seated', 'standing', 'floor'];
const TARGETS: readonly Target[] = [
  'eyes', 'neck', 'shoulders', 'upper-back', 'mid-back', 'lower-back', 'chest', 'sides', 'arms', 'wrists', 'hips', 'legs',
];
const EQUIPMENT: readonly Equipment[] = ['none', 'chair', 'desk', 'wall', 'door-frame', 'blanket', 'yoga-block'];

function parseSvg(id: string): Document {
  const text = readFileSync(join(ILLUSTRATION_DIR, `${id}.svg`), 'utf8');
  return new DOMParser().parseFromString(text, 'image/svg+xml');
}

describe('the exercise library', () => {
  it('holds at least 30 stretches, 24 or more of them in the default desk rotation', () => {
    expect(EXERCISES.length).toBeGreaterThanOrEqual(30);
    expect(DEFAULT_ENABLED_IDS.length).toBeGreaterThanOrEqual(24);
  });

  it('gives every stretch a unique kebab-case id', () => {
    const ids = EXERCISES.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('lists the desk-friendly stretches first, the floor ones after', () => {
    const firstFloor = EXERCISES.findIndex((e) => !isDeskFriendly(e));
    expect(firstFloor).toBeGreaterThan(0);
    expect(EXERCISES.slice(firstFloor).every((e) => !isDeskFriendly(e))).toBe(true);
  });

  it('fills in every card: name, 2-4 short cues, positions, targets, equipment, why and alt text', () => {
    for (const e of EXERCISES) {
      expect(e.name.trim(), e.id).not.toBe('');
      expect(e.cues.length, e.id).toBeGreaterThanOrEqual(2);
      expect(e.cues.length, e.id).toBeLessThanOrEqual(4);
      for (const cue of e.cues) {
        expect(cue.trim(), e.id).not.toBe('');
        expect(cue.length, `${e.id}: ${cue}`).toBeLessThanOrEqual(70);
      }
      expect(e.positions.length, e.id).toBeGreaterThan(0);
      for (const p of e.positions) expect(POSITIONS, e.id).toContain(p);
      expect(e.targets.length, e.id).toBeGreaterThan(0);
      for (const t of e.targets) expect(TARGETS, e.id).toContain(t);
      expect(e.equipment.length, e.id).toBeGreaterThan(0);
      for (const q of e.equipment) expect(EQUIPMENT, e.id).toContain(q);
      expect(e.why.trim(), e.id).not.toBe('');
      expect(e.imageAlt.trim(), e.id).not.toBe('');
      if (e.caution !== undefined) expect(e.caution.trim(), e.id).not.toBe('');
    }
  });

  it('never names a position twice or mixes "none" with real equipment', () => {
    for (const e of EXERCISES) {
      expect(new Set(e.positions).size, e.id).toBe(e.positions.length);
      expect(new Set(e.targets).size, e.id).toBe(e.targets.length);
      if (e.equipment.includes('none')) expect(e.equipment, e.id).toEqual(['none']);
    }
  });

  it('keeps every dose, and every full dose, within sane bounds', () => {
    for (const e of EXERCISES) {
      expect(doseIsInBounds(e.dose), `${e.id}: ${JSON.stringify(e.dose)}`).toBe(true);
      if (e.fullDose) expect(doseIsInBounds(e.fullDose), `${e.id} full: ${JSON.stringify(e.fullDose)}`).toBe(true);
    }
  });

  it('fits every break card in a short break at the default hold, rests included; a full dose asks for more', () => {
    const longestHold = (plan: ReturnType<typeof holdPlan>) => Math.max(...plan.map((p) => p.seconds));
    for (const e of EXERCISES.filter(isRotatable)) {
      expect(totalSeconds(holdPlan(doseAt(e, 1).dose)), e.id).toBeLessThanOrEqual(SHORT_BREAK_SECONDS);
      if (!e.fullDose) continue;
      const [short, full] = [holdPlan(e.dose), holdPlan(e.fullDose)];
      // A longer total (more rounds, more breaths) or a longer single hold (the squeeze's one 30 s hold).
      expect(totalSeconds(full) > totalSeconds(short) || longestHold(full) > longestHold(short), e.id).toBe(true);
    }
  });

  it('keeps the supported backbend a long stretch of at least 3 minutes at every hold setting, outside the rotation', () => {
    const backbend = exerciseDataById('supported-backbend')!;
    expect(isRotatable(backbend)).toBe(false);
    expect(DEFAULT_ENABLED_IDS).not.toContain('supported-backbend');
    for (const m of [0.5, 0.75, 1, 1.5, 2]) expect(totalSeconds(holdPlan(doseAt(backbend, m).dose)), `x${m}`).toBeGreaterThanOrEqual(180);
    expect(EXERCISES.filter((e) => !isRotatable(e)).map((e) => e.id)).toEqual(['supported-backbend']);
  });

  it('no floor stretch is offered as desk-friendly', () => {
    for (const e of EXERCISES.filter((x) => x.positions.includes('floor'))) {
      expect(isDeskFriendly(e), e.id).toBe(false);
    }
  });

  it('enables exactly the seated and standing stretches that fit a break by default', () => {
    const deskIds = EXERCISES.filter((e) => e.positions.every((p) => p === 'seated' || p === 'standing') && isRotatable(e)).map(
      (e) => e.id,
    );
    expect([...DEFAULT_ENABLED_IDS]).toEqual(deskIds);
  });

  it('names a door frame, a wall or something steady where a stretch needs one', () => {
    expect(exerciseDataById('doorway-chest-stretch')?.equipment).toEqual(['door-frame']);
    for (const id of ['standing-hip-flexor', 'standing-quad-stretch', 'standing-hamstring-stretch', 'calf-stretch']) {
      expect(exerciseDataById(id)?.equipment, id).toEqual(['desk']);
    }
  });

  it('has desk-friendly stretches for every problem area the options offer, and every target is a settings target', () => {
    expect([...SETTINGS_TARGETS].sort()).toEqual([...TARGETS].sort());
    for (const area of PROBLEM_AREAS) {
      expect(EXERCISES.some((e) => DEFAULT_ENABLED_IDS.includes(e.id) && e.targets.includes(area)), area).toBe(true);
    }
    for (const area of ['wrists', 'eyes', 'legs'] as const) expect(PROBLEM_AREAS, area).toContain(area);
  });

  it('finds a stretch by id and returns undefined for an unknown id', () => {
    for (const e of EXERCISE_DATA) expect(exerciseDataById(e.id)).toBe(e);
    expect(exerciseDataById('handstand')).toBeUndefined();
    expect(exerciseDataById('')).toBeUndefined();
  });

  it('has no exercise words in the catalogue that no stretch uses', () => {
    const used = new Set(
      EXERCISE_DATA.flatMap((e) => {
        const prefix = `ex_${e.id.replaceAll('-', '_')}_`;
        const cues = Array.from({ length: e.cueCount }, (_, i) => `${prefix}cue${i + 1}`);
        return [`${prefix}name`, `${prefix}why`, `${prefix}alt`, ...cues, ...(e.hasCaution ? [`${prefix}caution`] : [])];
      }),
    );
    const inCatalogue = Object.keys(catalogue).filter((k) => k.startsWith('ex_'));
    expect(inCatalogue.sort()).toEqual([...used].sort());
  });
});

describe('the exercise illustrations', () => {
  it('has exactly one SVG file per stretch', () => {
    const files = readdirSync(ILLUSTRATION_DIR).filter((f) => f.endsWith('.svg'));
    expect(files.map((f) => f.replace(/\.svg$/, '')).sort()).toEqual(EXERCISES.map((e) => e.id).sort());
  });

  it('exposes a URL for every stretch', () => {
    for (const e of EXERCISES) {
      expect(typeof ILLUSTRATION_URLS[e.id], e.id).toBe('string');
      expect(ILLUSTRATION_URLS[e.id], e.id).not.toBe('');
    }
  });

  it('parses every illustration as an SVG with a viewBox: a drawn one holds a view per keyframe and the still view', () => {
    for (const e of EXERCISES) {
      const doc = parseSvg(e.id);
      expect(doc.getElementsByTagName('parsererror'), e.id).toHaveLength(0);
      const root = doc.documentElement;
      expect(root.nodeName.toLowerCase(), e.id).toBe('svg');
      const motion = PICTURE_MOTION[e.id];
      if (!motion) {
        expect(root.getAttribute('viewBox'), e.id).toBe('0 0 120 120');
        continue;
      }
      expect(root.getAttribute('viewBox'), e.id).toBe(`0 0 ${(motion.frames + 1) * 200} 200`);
      const views = [...doc.getElementsByTagName('view')].map((v) => v.getAttribute('id'));
      expect(views, e.id).toEqual([...Array.from({ length: motion.frames }, (_, i) => `k${i}`), 'still']);
    }
  });

  it('titles each illustration with the card alt text', () => {
    for (const e of EXERCISES) {
      const title = parseSvg(e.id).getElementsByTagName('title')[0];
      expect(title?.textContent, e.id).toBe(e.imageAlt);
    }
  });

  it('keeps illustrations inert: no scripts, no links out, no text', () => {
    for (const e of EXERCISES) {
      const text = readFileSync(join(ILLUSTRATION_DIR, `${e.id}.svg`), 'utf8');
      expect(text, e.id).not.toMatch(/<script/i);
      expect(text, e.id).not.toMatch(/href\s*=\s*["']?\s*(https?:|\/\/)/i);
      expect(text, e.id).not.toMatch(/\son[a-z]+\s*=/i);
      expect(text, e.id).not.toMatch(/<(text|image|foreignObject|script|a)\b/i);
      // A drawn picture repeats its own parts (the props, the still keyframe): only by id within the file.
      for (const m of text.matchAll(/\bhref="([^"]*)"/g)) expect(m[1], e.id).toMatch(/^#[\w-]+$/);
      expect(text, e.id).not.toMatch(/url\(/i);
    }
  });

  it('draws every picture not yet drawn from poses in one colour, so it works as a CSS mask', () => {
    for (const e of EXERCISES.filter((x) => !PICTURE_MOTION[x.id])) {
      expect(readFileSync(join(ILLUSTRATION_DIR, `${e.id}.svg`), 'utf8').length, e.id).toBeLessThan(1536);
      const text = readFileSync(join(ILLUSTRATION_DIR, `${e.id}.svg`), 'utf8');
      expect(text, e.id).not.toMatch(/Gradient|<pattern|style=/i);
      const paints = [...text.matchAll(/\b(?:fill|stroke)="([^"]*)"/g)].map((m) => m[1]);
      for (const paint of paints) expect(['#000', 'none'], e.id).toContain(paint);
    }
  });
});
