/**
 * A stand-in web meeting for the meeting-hold tests: a page that "talks" (a quiet tone through
 * WebAudio) until told to stop, at https://meet.google.com/... as in a real call. The test serves
 * it itself (Playwright's request routing), with no network in between: a real HTTPS server on
 * 127.0.0.1 behind `--host-resolver-rules` was tried first, and on the fast clock its connection
 * now and then timed out before it was made (net::ERR_TIMED_OUT: Chromium's own connection
 * timeouts run 60 times faster there, and a loaded machine took longer than that to shake hands).
 */
import type { BrowserContext, Page } from 'playwright-core';

export const MEETING_HOST = 'meet.google.com';
export const MEETING_URL = `https://${MEETING_HOST}/abc-defg-hij`;

const PAGE = `<!doctype html><html lang="en"><title>Meeting</title><body><p>In a call</p><script>
let ctx = null;
window.talk = async () => {
  ctx = new AudioContext();
  const tone = ctx.createOscillator();
  const gain = ctx.createGain();
  gain.gain.value = 0.05;
  tone.connect(gain).connect(ctx.destination);
  tone.start();
  await ctx.resume();
  return ctx.state;
};
window.hush = async () => { await ctx?.close(); ctx = null; };
</script></body></html>`;

/** Chromium switches for the meeting tests: the meeting page may play sound without a click. */
export const MEETING_ARGS: readonly string[] = ['--autoplay-policy=no-user-gesture-required'];

/** Serves the stand-in meeting at MEETING_HOST to every page of this browser. */
export async function serveMeeting(context: BrowserContext): Promise<void> {
  await context.route(`https://${MEETING_HOST}/**`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: PAGE }),
  );
}

/** A new tab in the meeting (served by serveMeeting). */
export async function openMeeting(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(MEETING_URL);
  return page;
}

/** The meeting page starts or stops "talking". */
export const talk = (page: Page) => page.evaluate(() => (window as unknown as { talk(): Promise<string> }).talk());
export const hush = (page: Page) => page.evaluate(() => (window as unknown as { hush(): Promise<void> }).hush());
