/** What an install or update of Limber calls for. Pure: the browser's event details in, a decision out. */

export type InstallReason = 'install' | 'update' | 'browser_update' | 'chrome_update' | 'shared_module_update';

export interface InstallDetails {
  readonly reason: InstallReason | string;
  /** The version before an update. */
  readonly previousVersion?: string;
}

export type InstallAction =
  | { readonly kind: 'welcome' }
  | { readonly kind: 'whats-new'; readonly version: string }
  | { readonly kind: 'nothing' };

/**
 * A first install opens the welcome page; a new version leaves a "what's new" note for the popup
 * and opens nothing; the same version again (a reload, a browser update) is not news.
 *
 * `lastSeen` is the version this profile last ran (kept in storage.local; null before the first
 * run, and after an update from 0.1.0, which kept none). It matters because Chromium reports
 * every start of an extension loaded with --load-extension as an "install", keeping its storage
 * and not saying that the version changed: so an "install" with a version already seen here is
 * a restart (or, with another version, an update), not a first run.
 */
export function installAction(details: InstallDetails, currentVersion: string, lastSeen: string | null): InstallAction {
  const before = lastSeen ?? (details.reason === 'update' ? details.previousVersion : undefined);
  if (details.reason === 'install' && before === undefined) return { kind: 'welcome' };
  if ((details.reason === 'install' || details.reason === 'update') && before !== undefined && before !== currentVersion) {
    return { kind: 'whats-new', version: currentVersion };
  }
  return { kind: 'nothing' };
}
