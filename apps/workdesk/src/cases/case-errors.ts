/** No case with this id. */
export class CaseNotFound extends Error {
  constructor(id: string) {
    super(`no case ${id}`);
    this.name = 'CaseNotFound';
  }
}

/** The lifecycle does not allow the change (the reason says what it allows). */
export class CaseTransitionRefused extends Error {
  constructor(id: string, reason: string) {
    super(`case ${id}: ${reason}`);
    this.name = 'CaseTransitionRefused';
  }
}

/** The named owner is not an adviser or supervisor. */
export class UnknownCaseOwner extends Error {
  constructor(username: string) {
    super(`"${username}" is not an adviser or supervisor`);
    this.name = 'UnknownCaseOwner';
  }
}
