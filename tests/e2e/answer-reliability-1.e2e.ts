import { describeAnswerTries } from './answer-reliability';

// The first half of the tries: cycles 0 (ending in Done) and 1 (in Skip), the popup's round after 0.
describeAnswerTries({ cycles: [0, 1], popupAfter: [0], seed: 20261126 });
