export { reciprocity } from "./reciprocity.js";
export { hasArc, type SortedAdjacency, sortedOutNeighbours } from "./sorted-adjacency.js";
export { TRIAD_TYPES, type TriadCensus, type TriadType, triadCensus } from "./triad-census.js";
