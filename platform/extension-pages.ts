/** Limber's own pages, opened the browser's way. */
import { browser } from 'wxt/browser';

export const welcomePageUrl = () => browser.runtime.getURL('/welcome.html');
