export * from "./check-collectives.js";
export * from "./projection.js";
export * from "./territory-collectives.js";
export * from "./two-mode-centrality.js";
export * from "./two-mode-graph.js";
export * from "./types.js";
