/**
 * How big lists may grow, so one person (or anyone who joins a list) cannot make every turn on
 * it slow or every member's screen heavy. README.md and docs/faults.md list them; each is
 * answered with a sentence that says the limit when reached.
 */
export const LIST_LIMITS = {
  /** Lines on one list. */
  itemsPerList: 500,
  /** Lists one person is on: their own and the ones they joined. */
  listsPerPerson: 50,
  /** People on one list, its owner included. */
  membersPerList: 20,
} as const;
