import type { Equipment, Position, Target } from '../../core/exercise';
import type { Firmness, NudgeStyle } from '../../core/settings';
import { t, type MessageKey } from '../../platform/i18n';

const TARGET_KEYS: Record<Target, MessageKey> = {
  eyes: 'targetEyes',
  neck: 'targetNeck',
  shoulders: 'targetShoulders',
  'upper-back': 'targetUpperBack',
  'mid-back': 'targetMidBack',
  'lower-back': 'targetLowerBack',
  chest: 'targetChest',
  sides: 'targetSides',
  arms: 'targetArms',
  wrists: 'targetWrists',
  hips: 'targetHips',
  legs: 'targetLegs',
};
/** What to have at hand ('none' needs no words). */
const EQUIPMENT_KEYS: Record<Exclude<Equipment, 'none'>, MessageKey> = {
  chair: 'equipChair',
  desk: 'equipDesk',
  wall: 'equipWall',
  'door-frame': 'equipDoorFrame',
  blanket: 'equipBlanket',
  'yoga-block': 'equipYogaBlock',
};
const POSITION_KEYS: Record<Position, MessageKey> = { seated: 'positionSeated', standing: 'positionStanding', floor: 'positionFloor' };
const STYLE_KEYS: Record<NudgeStyle, [MessageKey, MessageKey]> = {
  window: ['styleWindow', 'styleWindowHelp'],
  popup: ['stylePopup', 'stylePopupHelp'],
  notification: ['styleNotification', 'styleNotificationHelp'],
  badge: ['styleBadge', 'styleBadgeHelp'],
};

const FIRMNESS_KEYS: Record<Firmness, [MessageKey, MessageKey]> = {
  gentle: ['optFirmGentle', 'optFirmGentleHelp'],
  firm: ['optFirmFirm', 'optFirmFirmHelp'],
  strict: ['optFirmStrict', 'optFirmStrictHelp'],
};

export const targetLabel = (target: Target) => t(TARGET_KEYS[target]);
export const firmnessLabel = (firmness: Firmness) => t(FIRMNESS_KEYS[firmness][0]);
export const firmnessHelp = (firmness: Firmness) => t(FIRMNESS_KEYS[firmness][1]);
export const positionLabel = (position: Position) => t(POSITION_KEYS[position]);
export const equipmentLabel = (equipment: Exclude<Equipment, 'none'>) => t(EQUIPMENT_KEYS[equipment]);
export const styleLabel = (style: NudgeStyle) => t(STYLE_KEYS[style][0]);
export const styleHelp = (style: NudgeStyle) => t(STYLE_KEYS[style][1]);
