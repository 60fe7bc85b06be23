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
  type ComparisonNullFigure,
  type ComparisonNullModel,
  documentNullFigures,
  governanceReading,
} from "./comparison-columns.js";
export { formatFigure, standoutSentences } from "./standout.js";
