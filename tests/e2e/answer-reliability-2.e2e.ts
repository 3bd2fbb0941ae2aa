import { describeAnswerTries } from './answer-reliability';

// The second half of the tries: cycles 2 (ending in Done) and 3 (in Skip), the popup's round after 2.
describeAnswerTries({ cycles: [2, 3], popupAfter: [2], seed: 20261202 });
