/** Every key Limber keeps in extension storage, in one place. */
export const KEYS = {
  settings: 'settings',
  schedule: 'schedule',
  rotation: 'rotation',
  breakWindow: 'breakWindow',
  historyFallback: 'historyFallback',
  /** A prefix: the answer outbox keeps one key per answer (platform/answer-outbox.ts). */
  answerOutbox: 'answer:',
} as const;
