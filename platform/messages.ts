/** The one protocol between pages and the background: each request type names its response. */
import { browser } from 'wxt/browser';

export type BreakAction = 'done' | 'skip' | 'snooze';

export interface Requests {
  /** The card's buttons. `breakId` is absent for a stretch started from the popup. */
  'break-action': { req: { action: BreakAction; breakId: number | null; exerciseId: string }; res: { ok: true } };
  /** The next card in the rotation ("Another stretch" and "Stretch now"). */
  'next-exercise': { req: { after: string | null }; res: { exerciseId: string | null } };
  pause: { req: { minutes: number | null }; res: { ok: true } };
  resume: { req: Record<string, never>; res: { ok: true } };
}

export type RequestType = keyof Requests;
export type Message<T extends RequestType = RequestType> = { type: T } & Requests[T]['req'];
export type Response<T extends RequestType> = Requests[T]['res'];

export function send<T extends RequestType>(type: T, req: Requests[T]['req']): Promise<Response<T>> {
  return browser.runtime.sendMessage({ type, ...req }) as Promise<Response<T>>;
}

export type Handlers = { [T in RequestType]: (msg: Message<T>) => Promise<Response<T>> };

const TYPES: readonly RequestType[] = ['break-action', 'next-exercise', 'pause', 'resume'];

export function isMessage(x: unknown): x is Message {
  return typeof x === 'object' && x !== null && TYPES.includes((x as { type: RequestType }).type);
}

/** Routes a message to its handler; anything else is not ours and gets no answer. */
export function dispatchMessage(handlers: Handlers, msg: unknown): Promise<unknown> | undefined {
  if (!isMessage(msg)) return undefined;
  const handler = handlers[msg.type] as (m: Message) => Promise<unknown>;
  return handler(msg);
}
