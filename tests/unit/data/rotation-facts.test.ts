/** The library as the rotation (and the background) sees it: written out from data/exercises.ts, and kept in step with it. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { DEFAULT_ENABLED_IDS as FROM_LIBRARY, EXERCISE_DATA } from '../../../data/exercises';
import { DEFAULT_ENABLED_IDS, ROTATION_FACTS } from '../../../data/rotation-facts';
import { ROTATION_FACTS_FILE, rotationFactsSource } from '../../../data/rotation-facts-file';
import { isDeskFriendly, isRotatable } from '../../../core/exercise';

describe('the rotation\'s facts', () => {
  it('are committed as written: npm run rotation-facts changes nothing', () => {
    expect(readFileSync(ROTATION_FACTS_FILE, 'utf8') === rotationFactsSource(), `${ROTATION_FACTS_FILE} is stale: run npm run rotation-facts`).toBe(true);
  });

  it('hold each library exercise\'s id, positions, targets, and whether it is long or a short-break card', () => {
    expect(ROTATION_FACTS).toEqual(EXERCISE_DATA.map(({ id, positions, targets, long, short }) => ({
      id, positions, targets, ...(long ? { long } : {}), ...(short ? { short } : {}),
    })));
  });

  it('make the default rotation the desk-friendly stretches short enough for a break, in library order', () => {
    expect(DEFAULT_ENABLED_IDS).toEqual(EXERCISE_DATA.filter((e) => isDeskFriendly(e) && isRotatable(e)).map((e) => e.id));
    expect(FROM_LIBRARY).toBe(DEFAULT_ENABLED_IDS);
  });
});
