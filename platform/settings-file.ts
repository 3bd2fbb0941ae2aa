/**
 * Importing a settings file: the settings and, when the file has them, the user's own stretches.
 * All of it is checked first (core/settings-import.ts); only a file right in every part is
 * written, so a bad file changes nothing.
 */
import { parseSettingsFile, type ImportResult } from '../core/settings-import';
import { replaceOwnStretches, type OwnStretchSave } from './own-stretch-store';
import { saveSettings } from './settings-store';

/** The file's result; with own stretches, how their save went (sync may refuse them: then kept on this device). */
export type SettingsImport = ImportResult & { readonly ownStretchSave?: OwnStretchSave };

export async function importSettingsText(text: string): Promise<SettingsImport> {
  const result = parseSettingsFile(text);
  if (!result.ok) return result;
  const ownStretchSave = result.ownStretches && (await replaceOwnStretches(result.ownStretches));
  await saveSettings(result.settings);
  return ownStretchSave ? { ...result, ownStretchSave } : result;
}
