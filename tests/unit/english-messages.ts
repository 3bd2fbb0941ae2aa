/** browser.i18n.getMessage over the English catalogue, for tests that render UI on the fake browser. */
import messages from '../../public/_locales/en/messages.json';

export type Entry = { message: string; placeholders?: Record<string, { content: string }> };

export function getMessage(name: string, subs?: string | string[]): string {
  return messageFrom(messages as Record<string, Entry>, name, subs);
}

/** A message of any catalogue with its substitutions filled in, as browser.i18n does. */
export function messageFrom(catalogue: Record<string, Entry>, name: string, subs?: string | string[]): string {
  const entry = catalogue[name];
  if (!entry) return '';
  const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
  return entry.message.replace(/\$(\w+)\$/g, (_m, key: string) =>
    (entry.placeholders?.[key.toLowerCase()]?.content ?? '').replace(/\$(\d)/g, (_n, i: string) => list[Number(i) - 1] ?? ''));
}
