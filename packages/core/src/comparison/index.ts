export {
  type ComparisonInput,
  type ComparisonResult,
  type ComparisonRow,
  compareTerritories,
  rankColumn,
} from "./compare-territories.js";
export {
  COMPARISON_COLUMNS,
  type ComparisonColumn,
  type ComparisonExtras,
  type ComparisonNullFigure,
  type ComparisonNullModel,
  documentNullFigures,
  governanceReading,
} from "./comparison-columns.js";
export {
  median,
  ROBUST_OUTLIER_DEFAULTS,
  type RobustOutlier,
  type RobustOutlierOptions,
  type RobustOutliersResult,
  robustOutliers,
} from "./robust-outliers.js";
export { formatFigure, governanceGroups, type Standout, standoutSentences, standouts } from "./standout.js";
