/**
 * Install and update: the welcome page opens on a first install only; a new version leaves the
 * popup a "what's new" note to show once.
 */
import { browser } from 'wxt/browser';
import { installAction, type InstallDetails } from '../core/install';
import { KEYS } from './storage-keys';
import { welcomePageUrl } from './extension-pages';

export async function onInstalled(details: InstallDetails): Promise<void> {
  const version = browser.runtime.getManifest().version;
  const stored = (await browser.storage.local.get(KEYS.lastVersion))[KEYS.lastVersion];
  const action = installAction(details, version, typeof stored === 'string' ? stored : null);
  // Recorded before acting: a worker stopped halfway loses the page rather than opening it twice.
  await browser.storage.local.set({ [KEYS.lastVersion]: version });
  // Earlier versions kept the break window's record here; it lives in storage.session now.
  await browser.storage.local.remove([KEYS.breakWindow, KEYS.breakWindowFinishing]);
  if (action.kind === 'welcome') await browser.tabs.create({ url: welcomePageUrl() });
  else if (action.kind === 'whats-new') await browser.storage.local.set({ [KEYS.whatsNew]: action.version });
}

/** The version whose news is still to be shown, if any; taking it means it is not shown again. */
export async function takeWhatsNew(): Promise<string | null> {
  const stored = (await browser.storage.local.get(KEYS.whatsNew))[KEYS.whatsNew];
  if (stored === undefined) return null;
  await browser.storage.local.remove(KEYS.whatsNew);
  return typeof stored === 'string' && stored !== '' ? stored : null;
}
