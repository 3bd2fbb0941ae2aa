/** What the first release (before `version` existed) wrote to storage.sync. */
export const V0_FIXTURE = {
  intervalMin: 45,
  breakLengthMin: 3,
  idleThresholdMin: 2,
  enabledExercises: ['neck-release', 'seated-twist'],
};
