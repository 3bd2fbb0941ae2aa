import type { PictureSpec } from '../../core/pictures/pose';
import { catCow } from './cat-cow';
import { seatedForwardFold } from './seated-forward-fold';
import { shoulderBladeSqueeze } from './shoulder-blade-squeeze';
import { neckRelease } from './neck-release';
import { overheadElbowStretch } from './overhead-elbow-stretch';
import { seatedTwist } from './seated-twist';
import { bridge } from './bridge';
import { cobra } from './cobra';
import { prayerStretch } from './prayer-stretch';
import { lateralPrayerStretch } from './lateral-prayer-stretch';
import { threadTheNeedle } from './thread-the-needle';
import { kneelingThoracicTwist } from './kneeling-thoracic-twist';
import { lowerBackRotation } from './lower-back-rotation';
import { supportedBackbend } from './supported-backbend';
import { calfStretch } from './calf-stretch';
import { doorwayChestStretch } from './doorway-chest-stretch';
import { seatedAnkleStretch } from './seated-ankle-stretch';
import { seatedFigureFour } from './seated-figure-four';
import { standAndWalk } from './stand-and-walk';
import { standingBackExtension } from './standing-back-extension';
import { standingHamstringStretch } from './standing-hamstring-stretch';
import { standingHipFlexor } from './standing-hip-flexor';
import { standingQuadStretch } from './standing-quad-stretch';
import { fingerFan } from './finger-fan';
import { wristFlexorStretch } from './wrist-flexor-stretch';
import { wristExtensorStretch } from './wrist-extensor-stretch';
import { chinTuck } from './chin-tuck';
import { headTurns } from './head-turns';
import { seatedSideBend } from './seated-side-bend';
import { seatedChestOpener } from './seated-chest-opener';
import { levatorScapulaeStretch } from './levator-scapulae-stretch';
import { shoulderRolls } from './shoulder-rolls';
import { eyePalming } from './eye-palming';
import { lookFar } from './look-far';

/** Every exercise's picture, keyed by exercise id: `npm run pictures` draws data/illustrations/ from these. */
export const POSES: Readonly<Record<string, PictureSpec>> = {
  'cat-cow': catCow,
  'seated-forward-fold': seatedForwardFold,
  'shoulder-blade-squeeze': shoulderBladeSqueeze,
  'neck-release': neckRelease,
  'overhead-elbow-stretch': overheadElbowStretch,
  'seated-twist': seatedTwist,
  'bridge': bridge,
  'cobra': cobra,
  'prayer-stretch': prayerStretch,
  'lateral-prayer-stretch': lateralPrayerStretch,
  'thread-the-needle': threadTheNeedle,
  'kneeling-thoracic-twist': kneelingThoracicTwist,
  'lower-back-rotation': lowerBackRotation,
  'supported-backbend': supportedBackbend,
  'calf-stretch': calfStretch,
  'doorway-chest-stretch': doorwayChestStretch,
  'seated-ankle-stretch': seatedAnkleStretch,
  'seated-figure-four': seatedFigureFour,
  'stand-and-walk': standAndWalk,
  'standing-back-extension': standingBackExtension,
  'standing-hamstring-stretch': standingHamstringStretch,
  'standing-hip-flexor': standingHipFlexor,
  'standing-quad-stretch': standingQuadStretch,
  'finger-fan': fingerFan,
  'wrist-flexor-stretch': wristFlexorStretch,
  'wrist-extensor-stretch': wristExtensorStretch,
  'chin-tuck': chinTuck,
  'head-turns': headTurns,
  'seated-side-bend': seatedSideBend,
  'seated-chest-opener': seatedChestOpener,
  'levator-scapulae-stretch': levatorScapulaeStretch,
  'shoulder-rolls': shoulderRolls,
  'eye-palming': eyePalming,
  'look-far': lookFar,
};
