/**
 * The messages between Limber's own pages, in one typed module: the pages' requests to the
 * background (each request type names its response), and the chime a page asks Chrome's offscreen
 * document to play.
 */
import { browser } from 'wxt/browser';
import type { ChimeKind } from '../core/hold-timer';
import type { Answer } from '../core/answer';
import type { BreakKind } from '../core/schedule-types';

export interface Requests {
  /** Done, Skip, Snooze, pause, resume: sent until `handled` (platform/answer-delivery.ts). */
  answer: { req: { answer: Answer }; res: { handled: boolean } };
  /**
   * The next card in the rotation of that kind of break ("Another stretch" and "Stretch now"); asked
   * again with the same id, the same card.
   */
  'next-exercise': { req: { requestId: string; kind?: BreakKind }; res: { exerciseId: string | null } };
}

export type RequestType = keyof Requests;
export type Message<T extends RequestType = RequestType> = { type: T } & Requests[T]['req'];
export type Response<T extends RequestType> = Requests[T]['res'];

export function send<T extends RequestType>(type: T, req: Requests[T]['req']): Promise<Response<T>> {
  return browser.runtime.sendMessage({ type, ...req }) as Promise<Response<T>>;
}

export type Handlers = { [T in RequestType]: (msg: Message<T>) => Promise<Response<T>> };

const TYPES: readonly RequestType[] = ['answer', 'next-exercise'];

export function isMessage(x: unknown): x is Message {
  return typeof x === 'object' && x !== null && TYPES.includes((x as { type: RequestType }).type);
}

/** Routes a message to its handler; anything else is not ours and gets no answer. */
export function dispatchMessage(handlers: Handlers, msg: unknown): Promise<unknown> | undefined {
  if (!isMessage(msg)) return undefined;
  const handler = handlers[msg.type] as (m: Message) => Promise<unknown>;
  return handler(msg);
}

/** A page asks the offscreen document to play a chime (the background ignores it: not a request above). */
export const CHIME_MESSAGE = 'limber-chime';
export interface ChimeMessage {
  readonly type: typeof CHIME_MESSAGE;
  readonly kind: ChimeKind;
}

export function isChimeMessage(x: unknown): x is ChimeMessage {
  const m = x as { type?: unknown; kind?: unknown };
  return typeof x === 'object' && x !== null && m.type === CHIME_MESSAGE && (m.kind === 'switch' || m.kind === 'done');
}

export async function sendChime(kind: ChimeKind): Promise<void> {
  const message: ChimeMessage = { type: CHIME_MESSAGE, kind };
  await browser.runtime.sendMessage(message);
}

/** The offscreen document's side: plays each chime asked for, and answers so the sender knows. */
export function onChimeMessage(play: (kind: ChimeKind) => void): void {
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isChimeMessage(message)) return undefined;
    play(message.kind);
    return Promise.resolve({ played: true });
  });
}
