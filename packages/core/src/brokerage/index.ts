export {
  BROKERAGE_ROLES,
  type BrokerageCounts,
  type BrokerageOptions,
  type BrokerageResult,
  type BrokerageRole,
  brokerage,
  brokerageAt,
  brokerageCounts,
} from "./gould-fernandez.js";
export {
  type NeighbourWorldsResult,
  neighbourWorlds,
  neighbourWorldValues,
} from "./neighbour-worlds.js";
export {
  constraint,
  effectiveSize,
  type StructuralHolesResult,
  structuralHoles,
} from "./structural-holes.js";
