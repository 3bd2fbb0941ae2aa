/** The one protocol between pages and the background: each request type names its response. */
import { browser } from 'wxt/browser';
import type { Answer } from '../core/answer';

export interface Requests {
  /** Done, Skip, Snooze, pause, resume: sent until `handled` (platform/answer-delivery.ts). */
  answer: { req: { answer: Answer }; res: { handled: boolean } };
  /** The next card in the rotation ("Another stretch" and "Stretch now"); asked again with the same id, the same card. */
  'next-exercise': { req: { after: string | null; requestId: string }; res: { exerciseId: string | null } };
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
