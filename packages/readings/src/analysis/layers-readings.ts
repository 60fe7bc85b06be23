/**
 * The reading of the kinds of alliance (`analyze --by-type`, the `layers`
 * section): do different kinds of alliance rest on different actors? Core
 * decides (`layers.differentActors`: the layers' top brokers overlap little,
 * mean Jaccard below MULTIPLEX_DEFAULTS.differentBelow); the reading says it
 * and names each kind's top brokers, so that the answer can be checked.
 */
import { decimal, type Figures, readingMessage as message, nested, type ReadingMessage } from "../reading.js";
import type { ReadingContext } from "./context.js";

export function layersReadings(context: ReadingContext): ReadingMessage[] {
  const layers = context.document.layers;
  if (layers === undefined || layers === null) return [];
  const withBrokers = layers.layers
    .map((layer, i) => ({ layer, i }))
    .filter(({ layer }) => layer.topBrokers.length > 0);
  if (layers.differentActors === null || layers.brokerOverlap === null)
    return [
      message(
        "methods.layers.undecided",
        { "layers.layers.withBrokers": withBrokers.length },
        { count: withBrokers.length },
      ),
    ];
  const figures: Figures = { "layers.brokerOverlap": layers.brokerOverlap };
  const kinds = withBrokers.map(({ layer, i }) => {
    figures[`layers.layers[${i}].type`] = layer.type;
    const brokers = layer.topBrokers.map((id) => context.cite(id, figures));
    return nested("methods.layers.kind", { kind: layer.type, brokers: { list: brokers } });
  });
  return [
    message(layers.differentActors ? "methods.layers.different" : "methods.layers.same", figures, {
      overlap: decimal(layers.brokerOverlap),
      kinds: { list: kinds, type: "semicolon" },
    }),
  ];
}
