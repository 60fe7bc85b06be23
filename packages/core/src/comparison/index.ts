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
  type ComparisonNullModel,
  documentNullFigures,
  governanceReading,
} from "./comparison-columns.js";
export {
  type ComparisonNullFigure,
  type NullFiguresOptions,
  type NullFiguresResult,
  nullFigures,
} from "./null-figures.js";
export { formatFigure, standoutSentences } from "./standout.js";
