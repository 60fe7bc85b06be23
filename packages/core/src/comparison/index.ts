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
  governanceReading,
  type NullModelKind,
} from "./comparison-columns.js";
export {
  type NullFigure,
  type NullFiguresOptions,
  type NullFiguresResult,
  nullFigures,
  permuteWorlds,
  rewireLinks,
  summarise,
} from "./null-figures.js";
export { formatFigure, standoutSentences } from "./standout.js";
