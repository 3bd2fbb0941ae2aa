/**
 * The meeting hold: while a web meeting tab is in a call, nudges wait; when the call goes quiet
 * they wait a grace period more (people stop talking for a moment), then come. Pure: the shell
 * says whether a meeting tab is in a call (it can only see one with the optional permission).
 */
import type { MeetingSeen } from './schedule-types';
import type { Settings } from './settings';
import { MINUTE } from './time';

export const NO_MEETING: MeetingSeen = { inCall: false, endedAt: null };

/** The meeting state after the shell's look at the browser at `now`. */
export function seenMeeting(previous: MeetingSeen, inCall: boolean, now: number): MeetingSeen {
  if (inCall) return previous.inCall ? previous : { inCall: true, endedAt: null };
  return previous.inCall ? { inCall: false, endedAt: now } : previous;
}

/** When the hold after the last call ends (null: no call has ended). */
export function graceEnd(meeting: MeetingSeen, settings: Settings): number | null {
  return meeting.endedAt === null ? null : meeting.endedAt + settings.meetingGraceMin * MINUTE;
}

export function meetingHolds(meeting: MeetingSeen, now: number, settings: Settings): boolean {
  if (!settings.holdDuringMeetings) return false;
  const end = graceEnd(meeting, settings);
  return meeting.inCall || (end !== null && now < end);
}
