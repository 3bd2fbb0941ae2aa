/** Every key Limber keeps in extension storage, in one place. */
export const KEYS = {
  settings: 'settings',
  schedule: 'schedule',
  rotation: 'rotation',
  shortRotation: 'shortRotation',
  /** The break window (storage.session: window ids are reused after the browser restarts). */
  breakWindow: 'breakWindow',
  /** The break window showing "nice work" after Done, which closes itself (left alone until then; storage.session). */
  breakWindowFinishing: 'breakWindowFinishing',
  historyFallback: 'historyFallback',
  /** A prefix: each of the user's own stretches is one storage.sync item (platform/own-stretch-store.ts). */
  ownStretch: 'own:',
  /** The own stretches kept on this device only (storage.local): sync refused them, or there is no sync. */
  ownStretchesLocal: 'ownStretches',
  safetyNoteSeen: 'safetyNoteSeen',
  /** A prefix: the answer outbox keeps one key per answer (platform/answer-outbox.ts). */
  answerOutbox: 'answer:',
  /** The version whose "what's new" the popup has still to show (storage.local). */
  whatsNew: 'whatsNew',
  /** The version this profile last ran (storage.local): tells a first install from a restart or an update. */
  lastVersion: 'lastVersion',
} as const;
