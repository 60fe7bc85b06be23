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
  /**
   * Core–periphery fit from which a core and periphery reads as clear.
   * Default 0.5. The fit is a Pearson correlation between the links and the
   * ideal pattern, and Borgatti & Everett (1999) set no cut-off; at 0.5 the
   * pattern accounts for a quarter of the variation of the links (r² = 0.25),
   * the usual "large" correlation (Cohen 1988). On the bundled territories it
   * separates the star-shaped pilots (0.51–0.60) from those with no centre
   * (0.06–0.30).
   */
  coreFit?: number;
  /** Most core members named before "and N others". Default 8. */
  coreMembers?: number;
}

/** The defaults of `AnalysisReadingsOptions`: how many actors each reading names. */
export const ANALYSIS_READINGS_DEFAULTS: Readonly<Required<AnalysisReadingsOptions>> = Object.freeze({
  topBrokers: 5,
  namedDependents: 6,
  onlyLinks: 3,
  keystones: 5,
  chanceBand: 0.05,
  zBeyond: 2,
  coreFit: 0.5,
  coreMembers: 8,
});
