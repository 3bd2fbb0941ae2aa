/** Every key Limber keeps in extension storage, in one place. */
export const KEYS = {
  settings: 'settings',
  schedule: 'schedule',
  rotation: 'rotation',
  breakWindow: 'breakWindow',
  historyFallback: 'historyFallback',
  /** The version whose "what's new" the popup has still to show (storage.local). */
  whatsNew: 'whatsNew',
} as const;
