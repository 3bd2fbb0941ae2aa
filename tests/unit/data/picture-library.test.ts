import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { EXERCISE_DATA } from '../../../data/exercises';
import { PICTURE_MOTION } from '../../../data/picture-motion';
import { motionOf, pictureFiles } from '../../../data/picture-library';
import { POSES } from '../../../data/poses';
import { checkSpec } from '../../../core/pictures/render';


describe('the exercise pictures', () => {
  it('pose every exercise, and only exercises', () => {
    expect(Object.keys(POSES).sort()).toEqual(EXERCISE_DATA.map((e) => e.id).sort());
  });

  it('have 2 to 4 keyframes each, a still keyframe and a sequence that holds together', () => {
    for (const [id, spec] of Object.entries(POSES)) expect(checkSpec(spec), id).toEqual([]);
  });

  it('are committed as drawn: npm run pictures changes nothing', () => {
    for (const [path, content] of Object.entries(pictureFiles())) {
      expect(existsSync(path), `${path} is missing: run npm run pictures`).toBe(true);
      expect(readFileSync(path, 'utf8') === content, `${path} is stale: run npm run pictures`).toBe(true);
    }
  });

  it('tell the card how each moves', () => {
    for (const [id, spec] of Object.entries(POSES)) expect(PICTURE_MOTION[id], id).toEqual(motionOf(spec));
  });

  it('weigh at most 3 kB gzipped each, every keyframe and the still picture included', () => {
    for (const id of Object.keys(POSES)) {
      const bytes = gzipSync(readFileSync(`data/illustrations/${id}.svg`), { level: 9 }).length;
      expect(bytes, id).toBeLessThanOrEqual(3000);
    }
  });
});
