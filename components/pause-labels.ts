import type { PausePreset } from '../core/pause';
import type { MessageKey } from '../platform/i18n';

/** What each pause preset is called, in the popup and on the options page. */
export const PRESET_LABELS: Record<PausePreset, MessageKey> = {
  '30m': 'btnPause30m',
  '1h': 'btnPause1h',
  '2h': 'btnPause2h',
  tomorrow: 'btnPauseTomorrow',
  indefinitely: 'btnPauseIndefinitely',
};
