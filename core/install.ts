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
 * A first install opens the welcome page; an update to another version leaves a "what's new"
 * note for the popup and opens nothing. A reload of the same version (an unpacked extension
 * reloaded, a browser update) is not news.
 */
export function installAction(details: InstallDetails, currentVersion: string): InstallAction {
  if (details.reason === 'install') return { kind: 'welcome' };
  if (details.reason === 'update' && details.previousVersion !== undefined && details.previousVersion !== currentVersion) {
    return { kind: 'whats-new', version: currentVersion };
  }
  return { kind: 'nothing' };
}
