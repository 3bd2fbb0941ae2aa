/** Every key Limber keeps in extension storage, in one place. */
export const KEYS = {
  settings: 'settings',
  schedule: 'schedule',
  rotation: 'rotation',
  breakWindow: 'breakWindow',
  historyFallback: 'historyFallback',
  safetyNoteSeen: 'safetyNoteSeen',
} as const;
