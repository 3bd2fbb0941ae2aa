/** The layer rules of eslint.config.js, held to what the README promises (a weakened rule fails here). */
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: process.cwd() });

/** The rule ids ESLint reports for `code` placed at `filePath`. */
async function broken(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => m.ruleId ?? m.message);
}

const RESTRICTED = ['no-restricted-imports', 'no-restricted-syntax', 'no-restricted-globals'];
const layerErrors = async (filePath: string, code: string) => (await broken(filePath, code)).filter((r) => RESTRICTED.includes(r));

describe('the layers, as lint', () => {
  it('core/ and data/ import no platform, UI, page or browser module, and read no clock', async () => {
    for (const file of ['core/x.ts', 'data/x.ts']) {
      expect(await layerErrors(file, "import { t } from '../platform/i18n';\nexport const a = t;")).toHaveLength(1);
      expect(await layerErrors(file, "import { StretchCard } from '../components/StretchCard';\nexport const a = StretchCard;")).toHaveLength(1);
      expect(await layerErrors(file, "import { browser } from 'wxt/browser';\nexport const a = browser;")).toHaveLength(1);
      expect(await layerErrors(file, 'export const a = () => [Date.now(), new Date(), Math.random()];')).toHaveLength(3);
      expect(await layerErrors(file, "import { MINUTE } from './time';\nexport const a = (now: number) => new Date(now).getDay() * MINUTE;")).toEqual([]);
    }
  });

  it('components/ use only the words of platform/, by import or import(), and never the browser', async () => {
    expect(await layerErrors('components/X.tsx', "import { t } from '../platform/i18n';\nimport { listExercises } from '../platform/exercises';\nexport const a = [t, listExercises];")).toEqual([]);
    expect(await layerErrors('components/X.tsx', "import { loadSettings } from '../platform/settings-store';\nexport const a = loadSettings;")).toHaveLength(1);
    expect(await layerErrors('components/options/X.tsx', "export const a = () => import('../../platform/sound');")).toHaveLength(1);
    expect(await layerErrors('components/X.tsx', 'export const a = () => chrome.runtime.id;')).toHaveLength(1);
  });

  it('pages do their I/O through platform/; only platform/ and the background\'s wiring touch the browser', async () => {
    const touch = "import { browser } from 'wxt/browser';\nexport const a = () => browser.runtime.id;";
    expect(await layerErrors('entrypoints/popup/App.tsx', touch)).toHaveLength(1);
    expect(await layerErrors('entrypoints/background/handlers.ts', touch)).toHaveLength(1);
    expect(await layerErrors('entrypoints/background/index.ts', touch)).toEqual([]);
    expect(await layerErrors('platform/x.ts', touch)).toEqual([]);
    expect(await layerErrors('platform/x.ts', "import { StretchCard } from '../components/StretchCard';\nexport const a = StretchCard;")).toHaveLength(1);
  });
});
