/**
 * The answer outbox in storage.local: one key per answer (`answer:<id>`), so two pages never
 * read-modify-write a shared list. A page puts its answer here before anything else; the background
 * applies whatever it finds (when it starts, when an answer is put here, when the page's message
 * comes) and removes it once the schedule that records it is saved.
 */
import { browser } from 'wxt/browser';
import { parseAnswer, type Answer, type AnswerAction } from '../core/answer';
import { KEYS } from './storage-keys';

const keyOf = (id: string) => `${KEYS.answerOutbox}${id}`;
const isOutboxKey = (key: string) => key.startsWith(KEYS.answerOutbox);

/** 72 random bits as hex: unique enough for the few answers in flight. */
export function randomId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(9)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A new answer, given now. */
export function newAnswer(breakId: number | null, action: AnswerAction): Answer {
  return { id: randomId(), breakId, at: Date.now(), action };
}

export async function postAnswer(answer: Answer): Promise<void> {
  await browser.storage.local.set({ [keyOf(answer.id)]: answer });
}

export async function clearAnswer(id: string): Promise<void> {
  await browser.storage.local.remove(keyOf(id));
}

type LocalArea = typeof browser.storage.local & { getKeys?: () => Promise<string[]> };

async function allKeys(): Promise<string[]> {
  const local = browser.storage.local as LocalArea;
  try {
    // Chrome 130+: the keys without their values.
    if (typeof local.getKeys === 'function') return await local.getKeys();
  } catch {
    // Not there after all: read everything once.
  }
  return Object.keys(await local.get(null));
}

async function outboxKeys(): Promise<string[]> {
  return (await allKeys()).filter(isOutboxKey);
}

/** Every answer waiting in the outbox, oldest first. Malformed entries are removed. */
export async function pendingAnswers(): Promise<Answer[]> {
  const keys = await outboxKeys();
  if (keys.length === 0) return [];
  const stored = await browser.storage.local.get(keys);
  const answers: Answer[] = [];
  const malformed: string[] = [];
  for (const key of keys) {
    const answer = parseAnswer(stored[key]);
    if (answer && keyOf(answer.id) === key) answers.push(answer);
    else malformed.push(key);
  }
  if (malformed.length > 0) await browser.storage.local.remove(malformed);
  return answers.sort((a, b) => a.at - b.at);
}

type Changes = Record<string, { oldValue?: unknown; newValue?: unknown }>;

/** Calls `onPosted` whenever an answer is put in the outbox (the background registers it at start). */
export function onAnswerPosted(onPosted: () => void): void {
  browser.storage.onChanged.addListener((changes: Changes, area: string) => {
    if (area === 'local' && Object.entries(changes).some(([key, c]) => isOutboxKey(key) && c.newValue != null)) onPosted();
  });
}

/**
 * Calls `onHandled` once the background has handled answer `id` and carried out what it asked for:
 * it removes the outbox entry last. Returns a function that stops watching.
 */
export function watchHandled(id: string, onHandled: () => void): () => void {
  const listener = (changes: Changes, area: string) => {
    const change = changes[keyOf(id)];
    if (area === 'local' && change && change.newValue == null) onHandled();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
