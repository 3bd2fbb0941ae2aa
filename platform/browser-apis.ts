/**
 * The browser APIs that are missing somewhere, one accessor each: `notifications` exists only
 * once its optional permission is granted, Firefox names the toolbar button `browserAction` in
 * Manifest V2 and has no `runtime.getContexts` before 128, and `commands` is absent on Android.
 * Callers feature-detect through these, never through the user agent.
 */
import { browser } from 'wxt/browser';

type Notifications = typeof browser.notifications;
type Action = typeof browser.action;
type Commands = typeof browser.commands;

export function notificationsApi(): Notifications | undefined {
  return (browser as unknown as { notifications?: Notifications }).notifications;
}

export function actionApi(): Action {
  return browser.action ?? (browser as unknown as { browserAction: Action }).browserAction;
}

export function commandsApi(): Commands | undefined {
  return (browser as unknown as { commands?: Commands }).commands;
}

/** Chrome's offscreen documents (audio with no page open); Firefox has none, and no polyfill names it. */
export interface OffscreenApi {
  createDocument(p: { url: string; reasons: string[]; justification: string }): Promise<void>;
}

export function offscreenApi(): OffscreenApi | undefined {
  return (globalThis as unknown as { chrome?: { offscreen?: OffscreenApi } }).chrome?.offscreen;
}

/** An open extension page as `runtime.getContexts` reports it. */
export interface PageContext {
  readonly windowId: number;
  readonly documentUrl?: string;
}
export type ContextType = 'TAB' | 'OFFSCREEN_DOCUMENT';
type GetContexts = (filter: { contextTypes: ContextType[]; documentUrls?: string[] }) => Promise<PageContext[]>;

/** `runtime.getContexts` where the browser has it (Chrome 116+, Firefox 128+), else undefined. */
export function getContextsApi(): GetContexts | undefined {
  const getContexts = (browser.runtime as unknown as { getContexts?: GetContexts }).getContexts;
  return typeof getContexts === 'function' ? getContexts.bind(browser.runtime) : undefined;
}
