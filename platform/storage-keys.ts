/** Every key Limber keeps in extension storage, in one place. */
export const KEYS = {
  settings: 'settings',
  schedule: 'schedule',
  rotation: 'rotation',
  breakWindow: 'breakWindow',
  /** The break window showing "nice work" after Done, which closes itself (left alone until then). */
  breakWindowFinishing: 'breakWindowFinishing',
  historyFallback: 'historyFallback',
  safetyNoteSeen: 'safetyNoteSeen',
} as const;
