import type { Position, Target } from '../../core/exercise';
import type { NudgeStyle } from '../../core/settings';
import { t, type MessageKey } from '../../platform/i18n';

const TARGET_KEYS: Record<Target, MessageKey> = {
  neck: 'targetNeck',
  shoulders: 'targetShoulders',
  'upper-back': 'targetUpperBack',
  'mid-back': 'targetMidBack',
  'lower-back': 'targetLowerBack',
  chest: 'targetChest',
  sides: 'targetSides',
  arms: 'targetArms',
  hips: 'targetHips',
};
const POSITION_KEYS: Record<Position, MessageKey> = { seated: 'positionSeated', standing: 'positionStanding', floor: 'positionFloor' };
const STYLE_KEYS: Record<NudgeStyle, [MessageKey, MessageKey]> = {
  window: ['styleWindow', 'styleWindowHelp'],
  popup: ['stylePopup', 'stylePopupHelp'],
  notification: ['styleNotification', 'styleNotificationHelp'],
  badge: ['styleBadge', 'styleBadgeHelp'],
};

export const targetLabel = (target: Target) => t(TARGET_KEYS[target]);
export const positionLabel = (position: Position) => t(POSITION_KEYS[position]);
export const styleLabel = (style: NudgeStyle) => t(STYLE_KEYS[style][0]);
export const styleHelp = (style: NudgeStyle) => t(STYLE_KEYS[style][1]);
