/** The options page, opened the browser's way (a tab, or the add-ons manager's panel in Firefox). */
import { browser } from 'wxt/browser';

export function openOptionsPage(): Promise<void> {
  return browser.runtime.openOptionsPage();
}
