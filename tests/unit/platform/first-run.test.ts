/** Install and update: which one opens the welcome page, which one leaves the popup a note. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installAction } from '../../../core/install';
import { onInstalled, takeWhatsNew } from '../../../platform/first-run';

describe('installAction', () => {
  it('a first install opens the welcome page', () => {
    expect(installAction({ reason: 'install' }, '0.2.0', null)).toEqual({ kind: 'welcome' });
  });

  it('an update to a new version brings news of that version, and no page', () => {
    expect(installAction({ reason: 'update', previousVersion: '0.1.0' }, '0.2.0', null)).toEqual({ kind: 'whats-new', version: '0.2.0' });
    expect(installAction({ reason: 'update', previousVersion: '0.2.0' }, '0.3.0', '0.2.0')).toEqual({ kind: 'whats-new', version: '0.3.0' });
  });

  it('an "install" in a profile that already ran Limber is a restart, or an update when the version changed', () => {
    // What Chromium reports at every start of an extension loaded with --load-extension.
    expect(installAction({ reason: 'install' }, '0.2.0', '0.2.0')).toEqual({ kind: 'nothing' });
    expect(installAction({ reason: 'install' }, '0.2.1', '0.2.0')).toEqual({ kind: 'whats-new', version: '0.2.1' });
  });

  it('a reload of the same version, a browser update or an unknown reason is nothing', () => {
    expect(installAction({ reason: 'update', previousVersion: '0.2.0' }, '0.2.0', null)).toEqual({ kind: 'nothing' });
    expect(installAction({ reason: 'update', previousVersion: '0.2.0' }, '0.2.0', '0.2.0')).toEqual({ kind: 'nothing' });
    expect(installAction({ reason: 'update' }, '0.2.0', null)).toEqual({ kind: 'nothing' });
    expect(installAction({ reason: 'chrome_update' }, '0.2.0', '0.1.0')).toEqual({ kind: 'nothing' });
    expect(installAction({ reason: 'browser_update' }, '0.2.0', null)).toEqual({ kind: 'nothing' });
    expect(installAction({ reason: 'shared_module_update' }, '0.2.0', null)).toEqual({ kind: 'nothing' });
  });
});

describe('onInstalled on the fake browser', () => {
  let version = '0.2.0';
  beforeEach(() => {
    fakeBrowser.reset();
    version = '0.2.0';
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockImplementation(() => ({ manifest_version: 3, name: 'Limber', version }));
  });
  const welcomeTabs = async () => (await fakeBrowser.tabs.query({})).filter((tab) => tab.url?.endsWith('/welcome.html'));

  it('install: one welcome tab, no note for the popup; the same install reported again opens nothing more', async () => {
    await onInstalled({ reason: 'install' });
    expect(await welcomeTabs()).toHaveLength(1);
    expect(await takeWhatsNew()).toBeNull();
    await onInstalled({ reason: 'install' });
    expect(await welcomeTabs()).toHaveLength(1);
    expect(await takeWhatsNew()).toBeNull();
  });

  it('update from 0.1.0 (which kept no version): no tab; the popup gets the new version once', async () => {
    await onInstalled({ reason: 'update', previousVersion: '0.1.0' });
    expect(await welcomeTabs()).toHaveLength(0);
    expect(await takeWhatsNew()).toBe('0.2.0');
    expect(await takeWhatsNew()).toBeNull();
  });

  it("an update drops the break window's record an earlier version kept in storage.local (it is per session now)", async () => {
    await fakeBrowser.storage.local.set({ breakWindow: { windowId: 7, breakId: 3 }, breakWindowFinishing: 7, lastVersion: '0.1.9' });
    await onInstalled({ reason: 'update', previousVersion: '0.1.9' });
    expect(await fakeBrowser.storage.local.get(['breakWindow', 'breakWindowFinishing'])).toEqual({});
  });

  it('a later version in a profile that ran this one: news, whatever the browser calls the event', async () => {
    await onInstalled({ reason: 'install' });
    version = '0.2.1';
    await onInstalled({ reason: 'install' });
    expect(await welcomeTabs()).toHaveLength(1);
    expect(await takeWhatsNew()).toBe('0.2.1');
  });

  it('a reload of the same version: no tab and no note', async () => {
    await onInstalled({ reason: 'update', previousVersion: '0.2.0' });
    expect(await welcomeTabs()).toHaveLength(0);
    expect(await takeWhatsNew()).toBeNull();
  });

  it('a stored note that is not a version is dropped, not shown', async () => {
    await fakeBrowser.storage.local.set({ whatsNew: { bad: true } });
    expect(await takeWhatsNew()).toBeNull();
    expect(await fakeBrowser.storage.local.get('whatsNew')).toEqual({});
  });
});
