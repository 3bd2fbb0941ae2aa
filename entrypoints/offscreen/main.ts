/** Chrome's offscreen document: plays chimes when no Limber page can. Nothing else lives here. */
import { browser } from 'wxt/browser';
import { isChimeMessage, scheduleChime } from '../../platform/sound';

let context: AudioContext | null = null;

browser.runtime.onMessage.addListener((message: unknown) => {
  if (!isChimeMessage(message)) return undefined;
  context ??= new AudioContext();
  void context.resume();
  scheduleChime(context, message.kind);
  return Promise.resolve({ played: true });
});
