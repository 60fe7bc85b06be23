/** Options of the analysis readings, with their defaults. */

export interface AnalysisReadingsOptions {
  /** Most actors listed among the top brokers. Default 5. */
  topBrokers?: number;
  /** Most dependents named for one "only link" actor before "and N others". Default 6. */
  namedDependents?: number;
  /** Most "only link" actors read. Default 3. */
  onlyLinks?: number;
  /** Most keystones listed. Default 5. */
  keystones?: number;
  /**
   * World assortativity within ±this reads "about as chance would give" when no
   * null model ran. Default 0.05.
   */
  chanceBand?: number;
  /** |z| above this reads "beyond chance". Default 2. */
  zBeyond?: number;
}

/** The defaults of `AnalysisReadingsOptions`: how many actors each reading names. */
export const ANALYSIS_READINGS_DEFAULTS: Readonly<Required<AnalysisReadingsOptions>> = Object.freeze({
  topBrokers: 5,
  namedDependents: 6,
  onlyLinks: 3,
  keystones: 5,
  chanceBand: 0.05,
  zBeyond: 2,
});
