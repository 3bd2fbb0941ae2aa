/**
 * Where each exercise's facts come from: the facts the card carries (in our own words) and the
 * public sources they were checked against, with the passages read saved under
 * data/source-text/ (the content test checks the cards copy no run of 9 words from them). Kept
 * apart from data/exercises.ts so none of it ships in the extension's pages.
 */

export interface Source {
  readonly title: string;
  readonly publisher: string;
  readonly url: string;
  /** The passage read, saved under data/source-text/. */
  readonly savedAs: string;
}

export interface ExerciseFacts {
  /** What the card says, as facts, and how its dose relates to the sources. */
  readonly facts: string;
  readonly sources: readonly Source[];
}

/** The scraped article the first fourteen cards were drafted from (shared/seed). */
const SEED: Source = {
  title: 'Mid and upper back stretches (the project seed: scraped article text; its page address was not kept, so this is the publisher\'s site)',
  publisher: 'Medical News Today (Healthline Media UK), per the scraped page footer',
  url: 'https://www.medicalnewstoday.com/',
  savedAs: 'seed-000_47833347fc1a4aba.txt',
};

const UC_DAVIS: Source = {
  title: 'Desk Stretches for Home or Office (by the Student Health and Counseling Services physical therapy department)',
  publisher: 'UC Davis Campus Recreation',
  url: 'https://campusrecreation.ucdavis.edu/news/desk-stretches-home-or-office',
  savedAs: 'ucdavis-desk-stretches.txt',
};
const AAO: Source = {
  title: "Looks like the home office is here to stay: here's how to protect your eyes (press release)",
  publisher: 'American Academy of Ophthalmology, via PR Newswire',
  url: 'https://www.prnewswire.com/news-releases/looks-like-the-home-office-is-here-to-stay-heres-how-to-protect-your-eyes-301244952.html',
  savedAs: 'aao-home-office-eyes.txt',
};
const UMASS_LOWELL: Source = {
  title: 'Techniques to Reduce Eye Strain',
  publisher: 'UMass Lowell Environmental & Emergency Management (ergonomics)',
  url: 'https://www.uml.edu/eem/ehs/ergonomics/eye-strain.aspx',
  savedAs: 'umass-lowell-eye-strain.txt',
};
const HSE: Source = {
  title: 'Sitting exercises',
  publisher: 'HSE (Health Service Executive, Ireland)',
  url: 'https://www2.hse.ie/living-well/exercise/indoor-exercises/sitting-exercises',
  savedAs: 'hse-sitting-exercises.txt',
};
const HEALTHLINKBC_FORWARD_BEND: Source = {
  title: 'Forward bend',
  publisher: 'HealthLinkBC (Healthwise), Government of British Columbia',
  url: 'https://healthlinkbc.ca/healthwise/forward-bend',
  savedAs: 'healthlinkbc-forward-bend.txt',
};
const HEALTHLINKBC_LEGS: Source = {
  title: 'General leg stretches',
  publisher: 'HealthLinkBC, Government of British Columbia',
  url: 'https://www.healthlinkbc.ca/general-leg-stretches',
  savedAs: 'healthlinkbc-leg-stretches.txt',
};
const MAYO_BACK: Source = {
  title: 'Back exercises in 15 minutes a day',
  publisher: 'Mayo Clinic',
  url: 'https://www.mayoclinic.org/healthy-lifestyle/adult-health/multimedia/back-pain/sls-20076265',
  savedAs: 'mayo-back-exercises.txt',
};
const MAYO_SITTING: Source = {
  title: 'Sitting risks: How harmful is too much sitting?',
  publisher: 'Mayo Clinic',
  url: 'https://www.mayoclinic.org/healthy-lifestyle/adult-health/expert-answers/sitting/faq-20058005',
  savedAs: 'mayo-sitting.txt',
};
const MAYO_BASIC: Source = {
  title: 'A guide to basic stretches (Mayo Clinic Staff; read in Hancock Health\'s Mayo Health Library)',
  publisher: 'Mayo Clinic',
  url: 'https://www.hancockhealth.org/de/mayo-health-library/a-guide-to-basic-stretches',
  savedAs: 'mayo-basic-stretches.txt',
};
const MAYO_HANDS: Source = {
  title: "Hand exercises for people with arthritis (read in Hancock Health's Mayo Health Library)",
  publisher: 'Mayo Clinic',
  url: 'https://www.hancockhealth.org/mayo-health-library/hand-exercises-for-people-with-arthritis/',
  savedAs: 'mayo-hand-exercises.txt',
};
const NHS_LOWER_BACK: Source = {
  title: 'Lower back pain exercises (read from a 2019 printout)',
  publisher: 'NHS',
  url: 'https://www.nhs.uk/live-well/exercise/lower-back-pain-exercises/',
  savedAs: 'nhs-lower-back-pain-exercises.txt',
};
const NHS_THIGH: Source = {
  title: 'NHS Strength and flexibility: thigh stretch',
  publisher: 'NHS',
  url: 'https://www.nhs.uk/Video/Pages/strength-and-flex-thigh-stretch.aspx',
  savedAs: 'nhs-thigh-stretch.txt',
};
const CUH_NECK: Source = {
  title: 'Neck exercises and advice (patient information leaflet PIN2792; read in a copy of the leaflet)',
  publisher: "Cambridge University Hospitals NHS Foundation Trust (Addenbrooke's outpatient physiotherapy)",
  url: 'https://de.scribd.com/document/225404379/PIN2792-Neck-Exercises-and-Advice',
  savedAs: 'cuh-neck-exercises.txt',
};
const CUH_BACK: Source = {
  title: 'Stretches: back pain management programme',
  publisher: 'Cambridge University Hospitals NHS Foundation Trust',
  url: 'https://cuh.nhs.uk/patient-information/stretches-back-pain-management-programme',
  savedAs: 'cuh-back-pain-stretches.txt',
};
const NEWCASTLE: Source = {
  title: '1 minute body check',
  publisher: 'Newcastle upon Tyne Hospitals NHS Foundation Trust, occupational health physiotherapy',
  url: 'https://newcastle-hospitals.nhs.uk/services/newcastle-occupational-health-service/physiotherapy/1-minute-body-check',
  savedAs: 'newcastle-body-check.txt',
};
const NYU: Source = {
  title: 'Back Bending 1',
  publisher: 'NYU Langone Hospital for Joint Diseases, spine center',
  url: 'http://hjd.med.nyu.edu/spine/patient-care/nonoperative-treatments/back-exercise/back-bending-1',
  savedAs: 'nyu-back-bending.txt',
};
const MERCK: Source = {
  title: 'Wrist Extensor Stretch (video; courtesy of Tomah Memorial Hospital physical therapy)',
  publisher: 'Merck Manual, Consumer Version',
  url: 'http://www.merckmanuals.com/en-pr/home/multimedia/video/v13975646',
  savedAs: 'merck-wrist-extensor.txt',
};
const UCHICAGO: Source = {
  title: 'Back Exercises: Side Stretch',
  publisher: 'UChicago Medicine health library (StayWell)',
  url: 'http://healthlibrary.uchospitals.edu/Content/healthsheets-v1/back-exercises-side-stretch/',
  savedAs: 'uchicago-side-stretch.txt',
};
const COMMONSPIRIT: Source = {
  title: 'Side Stretch',
  publisher: 'CommonSpirit Health',
  url: 'https://www.commonspirit.org/conditions-treatments/side-stretch',
  savedAs: 'commonspirit-side-stretch.txt',
};
const SAINT_LUKES: Source = {
  title: 'Shoulder Squeeze Exercise',
  publisher: "Saint Luke's Health System",
  url: 'https://www.saintlukeskc.org/health-library/shoulder-squeeze-exercise',
  savedAs: 'saint-lukes-shoulder-squeeze.txt',
};
const NATIONAL_JEWISH: Source = {
  title: 'Shoulder Blade Squeeze',
  publisher: 'National Jewish Health',
  url: 'https://www.nationaljewish.org/conditions/health-information/exercise-and-weight/exercise-at-home/shoulder-blade-squeeze',
  savedAs: 'national-jewish-shoulder-blade-squeeze.txt',
};
const ATHLETICO: Source = {
  title: 'How To: Thread the Needle',
  publisher: 'Athletico Physical Therapy',
  url: 'https://www.athletico.com/2015/03/10/thread-the-needle',
  savedAs: 'athletico-thread-the-needle.txt',
};
const NIA: Source = {
  title: 'Exercise: A Guide from the National Institute on Aging, alternative hamstring stretch (mirrored copy)',
  publisher: 'National Institute on Aging (NIH)',
  url: 'http://www.au.af.mil/au/awc/awcgate/nih/exercisebook/chapter4_stretch_hamalt.htm',
  savedAs: 'nia-hamstring-stretch.txt',
};
const AZOPT: Source = {
  title: 'Week 5: Tricep Stretch (Trent Brooke, DPT)',
  publisher: 'AZOPT Physical Therapy',
  url: 'https://azopt.net/tricep-stretch',
  savedAs: 'azopt-triceps-stretch.txt',
};
const ASK_DOCTOR_JO: Source = {
  title: 'Thoracic rotation in quadruped',
  publisher: 'Ask Doctor Jo (Jo Gibson, physical therapist)',
  url: 'https://www.askdoctorjo.com/thoracic-rotation-quadruped/',
  savedAs: 'askdoctorjo-thoracic-rotation.txt',
};
const HOLISTIC_PHYSIO: Source = {
  title: "Child's pose with lateral flexion (mobility)",
  publisher: 'Holistic Physio Fitness',
  url: 'https://holisticphysiofitness.com.au/exercise/childs-pose-with-lateral-flexion-mobility/',
  savedAs: 'holistic-physio-child-pose-side.txt',
};
const PEAK_PHYSIO: Source = {
  title: 'Thoracic extension over pillows (home programme)',
  publisher: 'Peak Physio',
  url: 'https://www.peak-physio.com.au/program/23a20cb6f41b/',
  savedAs: 'peak-physio-thoracic-extension.txt',
};
const YOGA4CANCER: Source = {
  title: 'Rest & Restore with Supported Fish',
  publisher: 'yoga4cancer',
  url: 'https://yoga4cancer.com/rest-restore-with-supported-fish/',
  savedAs: 'yoga4cancer-supported-fish.txt',
};
const PRESTON_PHYSIO: Source = {
  title: 'Tips for Neck Pain (levator scapula stretch)',
  publisher: 'Preston Physiotherapy',
  url: 'https://www.prestonphysio.com.au/blog-1/tips-for-neck-pain',
  savedAs: 'preston-physio-levator.txt',
};
const SIRA: Source = {
  title: 'Whiplash neck exercises: exercises while sitting',
  publisher: 'State Insurance Regulatory Authority, NSW Government',
  url: 'https://www.sira.nsw.gov.au/resources-library/motor-accident-resources/publications/injury-advice-centre/whiplash-neck-exercises/exercises-while-sitting',
  savedAs: 'sira-neck-exercises-sitting.txt',
};

/** The general safety note's facts: gentle, stop on pain, a clinician for lasting pain. */
export const SAFETY_NOTE_SOURCES: readonly Source[] = [
  {
    title: 'Stretching and flexibility',
    publisher: 'Mayo Clinic',
    url: 'https://www.mayoclinic.org/healthy-lifestyle/fitness/basics/stretching-and-flexibility/hlv-20049447',
    savedAs: 'mayo-stretching-flexibility.txt',
  },
  MAYO_BASIC,
  NHS_LOWER_BACK,
  SEED,
];

export const EXERCISE_SOURCES: Readonly<Record<string, ExerciseFacts>> = {
  'look-far': {
    facts: 'Every 20 minutes of screen work, look at something at least 20 feet (6 m) away for at least 20 s; blinking drops while reading a screen, so blink on purpose. Timed as 20 s of looking away, not a hold.',
    sources: [AAO, UMASS_LOWELL],
  },
  'eye-palming': {
    facts: 'Warm the hands, close the eyes, cover them with cupped palms without pressing on the eyes, breathe calmly for about 30 s, open slowly. The AAO also suggests simply shutting the eyes for 20 s.',
    sources: [UMASS_LOWELL, AAO],
  },
  'neck-release': {
    facts: 'Seed: sit upright, head neutral, tip the head and let its weight or a light hand deepen it; 15-20 s per side; never force, stop on pain or tingling. CUH: tilt the head toward one shoulder until the other side stretches, each side.',
    sources: [SEED, CUH_NECK, CUH_BACK],
  },
  'chin-tuck': {
    facts: 'Glide the head straight back so the ears line up over the shoulders, back of the neck long, no nodding; hold 10 s, 5 times (UC Davis). SIRA: nose stays pointing ahead, chin slides back level.',
    sources: [UC_DAVIS, SIRA, CUH_NECK],
  },
  'levator-scapulae-stretch': {
    facts: 'Turn the head about 45 degrees and bow it toward the opposite armpit; the hand on the back of the head adds weight only, the other hand holds the chair; about 15-30 s per side; stop if dizzy, do not pull on the head (CUH).',
    sources: [PRESTON_PHYSIO, CUH_NECK],
  },
  'head-turns': {
    facts: 'Turn the head to one side until a stretch is felt, then the other side, chin level; 5 slow turns each way, within a comfortable range. Each repetition here is one turn both ways, 6 s.',
    sources: [NEWCASTLE, CUH_BACK],
  },
  'shoulder-rolls': {
    facts: 'Lift the shoulders and roll them in slow circles, one direction then the other (CUH: both directions; Newcastle: forwards then backwards). Two sets of 10, backward first.',
    sources: [CUH_BACK, NEWCASTLE],
  },
  'shoulder-blade-squeeze': {
    facts: 'Sit tall, draw the shoulder blades together and down, head neutral, no shrugging; the seed builds up to one 30 s hold (the full dose). Saint Luke\'s holds 10 s, 5 times: the card starts with three 10 s squeezes and says the full dose.',
    sources: [SEED, SAINT_LUKES, NATIONAL_JEWISH, UC_DAVIS],
  },
  'overhead-elbow-stretch': {
    facts: 'Raise one arm, bend the elbow so the hand drops toward the upper back, the other hand guides the elbow gently; seed: 15-20 s, 3-5 times, then the other arm. The card runs 2 x 15 s per arm and names the full dose (3 x 20 s per arm).',
    sources: [SEED, AZOPT, CUH_BACK],
  },
  'seated-twist': {
    facts: 'Sit tall, lengthen first, turn the chest on an out-breath as far as comfortable, one breath facing forward between sides; seed: 3-5 breaths per side, 3-4 times per side. The card runs 2 rounds of 3 breaths and names the full dose (3 rounds of 4). HSE: turn the upper body without moving the hips.',
    sources: [SEED, HSE],
  },
  'doorway-chest-stretch': {
    facts: 'Stand in a doorway, forearms on the frame, a small step forward until the front of the chest and shoulders stretch; hold 30 s, twice (UC Davis places the forearms above shoulder level; the card says about shoulder height and to lower them if the shoulder pinches).',
    sources: [UC_DAVIS],
  },
  'seated-chest-opener': {
    facts: 'Sit upright away from the chair back, arms out to the sides with the hands near hip level, shoulders back and down, chest forward and up until it stretches; hold 5-10 s, 5 times.',
    sources: [HSE],
  },
  'wrist-flexor-stretch': {
    facts: 'Arm straight ahead, palm up; the other hand bends the wrist and fingers back; elbow straight; hold 30 s per arm. No pain or tingling in the hand.',
    sources: [UC_DAVIS],
  },
  'wrist-extensor-stretch': {
    facts: 'Elbow straight, palm down; the other hand bends the wrist down toward you; hold 30 s. The hospital programme repeats it 4 times; the card holds once per arm, as DESK_EXERCISES.md gives (15-30 s per arm).',
    sources: [MERCK],
  },
  'finger-fan': {
    facts: 'Make a fist, then stretch the fingers out (Newcastle, 3 times); the fist is gentle, thumb around the outside, no squeezing, slowly and smoothly (Mayo). The card does 8 slow repetitions (5-10 in DESK_EXERCISES.md).',
    sources: [NEWCASTLE, MAYO_HANDS],
  },
  'seated-side-bend': {
    facts: 'One arm overhead, bend the upper body to the other side without twisting, both buttocks stay on the chair; hold 15-30 s (UChicago: 20 s), each side.',
    sources: [UCHICAGO, COMMONSPIRIT],
  },
  'seated-forward-fold': {
    facts: 'Seed: feet flat, fold the chest toward the knees, head hangs, push back up slowly with the hands; 20-30 s. HealthLinkBC: arms hang, only as far as comfortable, 15-30 s, sit up slowly.',
    sources: [SEED, HEALTHLINKBC_FORWARD_BEND],
  },
  'standing-back-extension': {
    facts: 'Stand, hands on the small of the back, bend backward gently, especially after long sitting; up to 10 times; stop if pain spreads below the knee (NYU). The card does 8, one slow breath each (in going back, out coming up).',
    sources: [NYU, NEWCASTLE],
  },
  'seated-figure-four': {
    facts: 'Seated, ankle of one leg on the opposite knee, then stretch (UC Davis pulls the knee toward the opposite shoulder; the card leans the long back forward from the hips); 30 s, twice each side. The card holds once each side and names the full dose.',
    sources: [UC_DAVIS],
  },
  'standing-hip-flexor': {
    facts: 'Beside the chair (the card: the desk), one leg back, rock the pelvis forward until the front of the hip stretches; 30 s, twice each side. The card holds once each side and names the full dose; something steady to hold.',
    sources: [UC_DAVIS],
  },
  'standing-quad-stretch': {
    facts: 'Hand on a support, hold the foot behind you, knees together, standing knee soft, no leaning forward or sideways; five slow breaths (NHS); Mayo: about 30 s.',
    sources: [NHS_THIGH, MAYO_BASIC, CUH_BACK],
  },
  'standing-hamstring-stretch': {
    facts: 'Stand behind a chair holding its back (the card: the desk edge), bend forward from the hips with a straight back until the backs of the thighs stretch; 10-30 s, 3-5 times. The card holds 20 s, 3 times.',
    sources: [NIA],
  },
  'calf-stretch': {
    facts: 'Hands on a wall or countertop, one leg back straight with the heel pressed down, lean forward; hold 15-30 s (Mayo: about 30 s), each leg.',
    sources: [HEALTHLINKBC_LEGS, MAYO_BASIC],
  },
  'seated-ankle-stretch': {
    facts: 'Sit upright holding the chair, one leg straight with the foot off the floor, point the toes away then back toward you; 5 on one foot, 5 on the other, twice.',
    sources: [HSE],
  },
  'stand-and-walk': {
    facts: 'Break up sitting every 30 minutes by standing and moving; walking to the next task counts. DESK_EXERCISES.md: stand, walk 1-2 minutes (water, a window), come back. Timed as a walk, not a hold.',
    sources: [MAYO_SITTING, NEWCASTLE],
  },
  'cat-cow': {
    facts: 'Hands and knees, wrists under shoulders, knees under hips; round the back up, then let the belly sink and lift the chest, with the breath; seed: 5-10 times, small range if the back is sore. One repetition is one slow breath in and out.',
    sources: [SEED, MAYO_BACK],
  },
  'thread-the-needle': {
    facts: 'From all fours slide one arm under the other, palm up, lowering that shoulder and the side of the head to the floor; seed 20-30 s per side; support the head (a folded blanket or pillow) if it does not reach.',
    sources: [SEED, ATHLETICO],
  },
  'prayer-stretch': {
    facts: 'Kneel, knees under hips (wider for room), sit back toward the heels and walk the hands forward until the chest sinks; seed 20-30 s; pad the knees; NHS: only as far as comfortable, care with knee problems.',
    sources: [SEED, NHS_LOWER_BACK],
  },
  'lateral-prayer-stretch': {
    facts: 'From kneeling with the hips back toward the heels and the arms forward, move the hands to one side until the opposite side of the trunk opens; seed 20-30 s per side.',
    sources: [SEED, HOLISTIC_PHYSIO],
  },
  'bridge': {
    facts: 'On the back, knees bent, feet hip-width; press through the feet, squeeze the buttocks, lift the hips; lower slowly; neck still, gaze up; seed: 5-7 breaths, 2-4 rounds (Mayo: hold 3 deep breaths).',
    sources: [SEED, MAYO_BACK],
  },
  'cobra': {
    facts: 'Face down, legs long, elbows in by the ribs, lift the chest; straighten the arms only if comfortable; seed: 15-20 s, 3-5 times; bend through the mid and upper back, not the lower back. NHS: keep the hips down and the neck long.',
    sources: [SEED, NHS_LOWER_BACK],
  },
  'kneeling-thoracic-twist': {
    facts: 'On hands and knees, one hand behind the head, turn that elbow down then up toward the ceiling, eyes following it; seed: 12-15 repetitions a set, building up to 3 sets. The card does one set per side and names the full dose.',
    sources: [SEED, ASK_DOCTOR_JO],
  },
  'lower-back-rotation': {
    facts: 'On the back, knees bent and together, let both knees roll to one side with the shoulders down, then the other; seed 2-4 times per side; NHS: hold for one deep breath; Mayo: 5-10 s. The card gives each repetition one slow breath.',
    sources: [SEED, NHS_LOWER_BACK, MAYO_BACK],
  },
  'supported-backbend': {
    facts: 'Lie over a rolled blanket or towel under the shoulder blades, arms out about 45 degrees, a second blanket under the head, two yoga blocks for more; at least 3 minutes (seed; yoga4cancer: 3-5 minutes). A long stretch: the hold setting never shortens it below 3 minutes, and breaks never pick it.',
    sources: [SEED, YOGA4CANCER, PEAK_PHYSIO],
  },
};
