/**
 * The web meeting sites the meeting hold looks for (an optional permission, asked for only when
 * the user turns the hold on). `origins` is what the permission covers; `callPages` (the origins
 * themselves unless given) are the URL patterns `tabs.query` matches meeting tabs by. A tab there
 * is in a call while it plays sound, or while it is the tab in front of the user, except on sites
 * whose pages are mostly not calls (`soundOnly`: a Teams or Slack tab in front is as likely a chat).
 */
export interface MeetingSite {
  readonly origins: readonly string[];
  readonly callPages?: readonly string[];
  readonly soundOnly?: boolean;
}

export const MEETING_SITES: readonly MeetingSite[] = [
  // Google Meet
  { origins: ['https://meet.google.com/*'] },
  // Microsoft Teams (work, personal, and the newer domain): chat and calls share one app.
  { origins: ['https://teams.microsoft.com/*', 'https://teams.live.com/*', 'https://teams.cloud.microsoft/*'], soundOnly: true },
  // Zoom: its web client runs under /wc/; the rest of zoom.us is not a call.
  { origins: ['https://*.zoom.us/*'], callPages: ['https://*.zoom.us/wc/*'] },
  // Webex
  { origins: ['https://*.webex.com/*'] },
  // Whereby
  { origins: ['https://*.whereby.com/*'] },
  // Jitsi Meet
  { origins: ['https://meet.jit.si/*', 'https://8x8.vc/*'] },
  // Slack huddles run inside the Slack web client: a huddle is heard, the client alone is not a call.
  { origins: ['https://app.slack.com/*'], soundOnly: true },
];

const pagesOf = (site: MeetingSite) => site.callPages ?? site.origins;

export const MEETING_ORIGINS: readonly string[] = MEETING_SITES.flatMap((s) => s.origins);
/** Pages where the tab in front of the user counts as a call, sound or not. */
export const MEETING_CALL_PAGES: readonly string[] = MEETING_SITES.filter((s) => !s.soundOnly).flatMap(pagesOf);
/** Pages that count as a call only while they play sound. */
export const MEETING_SOUND_PAGES: readonly string[] = MEETING_SITES.filter((s) => s.soundOnly).flatMap(pagesOf);
