export { createLayer, type Layer } from "./layer.js";
export { linkTypes } from "./link-types.js";
export {
  type LayerFigures,
  type LayerOverlap,
  MULTIPLEX_DEFAULTS,
  type MultiplexOptions,
  type MultiplexResult,
  multiplexLayers,
} from "./multiplex-layers.js";
