/** Something that keeps a policy document (or a change to one) from being simulated or published. */
export interface PolicyProblem {
  /**
   * Where, as a path into the document: `confidenceThreshold`, `agencies.skd.formNumberPatterns[0]`,
   * `vocabularies.secondLine.errorCodePatterns[3]`. An agreement is named by its code; one whose
   * code is missing, malformed or repeated is named by its position (`agencies[3]`).
   */
  path: string;
  message: string;
}
