/**
 * The actor panel: attributes, every available metric with its rank, the
 * neighbours grouped by world (each a button that selects it), and the
 * brokerage roles. Labels are text nodes, never HTML.
 */
import type { ActorFigures, ActorInput } from "@catalyse/core";
import { h } from "../dom.js";
import { worldOf } from "../state/dataset.js";
import { availableMetrics, type MetricKey, metricValue } from "../state/metrics.js";
import { formatNumber } from "./format.js";
import { worldMark } from "./world-shapes.js";

export interface Neighbour {
  id: string;
  label: string;
  world: string;
  weight: number;
}

export interface SidePanelInput {
  actor: ActorInput;
  figures: ActorFigures | null;
  allFigures: readonly ActorFigures[];
  ranks: (key: MetricKey) => ReadonlyMap<string, number>;
  neighbours: Neighbour[];
  worldColour: (world: string) => string;
  /** The dataset's worlds, which fix each world's shape. */
  worlds: readonly string[];
  onSelect: (id: string) => void;
  onClose: () => void;
}

export function renderSidePanel(input: SidePanelInput): HTMLElement {
  const { actor, figures } = input;
  const world = worldOf(actor);
  const attributes = Object.entries(actor.attributes ?? {}).filter(
    ([, value]) => value !== null && value !== "",
  );
  const metrics = availableMetrics(input.allFigures);
  const total = input.allFigures.length;

  const byWorld = new Map<string, Neighbour[]>();
  for (const neighbour of input.neighbours) {
    const list = byWorld.get(neighbour.world);
    if (list) list.push(neighbour);
    else byWorld.set(neighbour.world, [neighbour]);
  }
  const roles = figures?.brokerage ?? null;

  return h(
    "div",
    { class: "actor-panel" },
    h(
      "header",
      {},
      h("h2", { id: "actor-title" }, actor.label?.trim() || actor.id),
      h(
        "button",
        {
          type: "button",
          class: "icon close",
          "aria-label": "Close the actor panel",
          onClick: () => input.onClose(),
        },
        "×",
      ),
    ),
    h(
      "p",
      { class: "actor-world" },
      worldMark(world, input.worlds, input.worldColour(world)),
      world,
      h("span", { class: "muted" }, ` · id ${actor.id}`),
    ),
    figures === null ? h("p", { class: "muted" }, "Metrics are being computed…") : null,
    metrics.length > 0 && figures
      ? h(
          "section",
          {},
          h("h3", {}, "Metrics"),
          h(
            "table",
            { class: "metrics-table" },
            h(
              "thead",
              {},
              h(
                "tr",
                {},
                h("th", { scope: "col" }, "metric"),
                h("th", { scope: "col" }, "value"),
                h("th", { scope: "col" }, "rank"),
              ),
            ),
            h(
              "tbody",
              {},
              metrics.map((metric) => {
                const value = metricValue(figures, metric.key);
                const rank = input.ranks(metric.key).get(actor.id);
                return h(
                  "tr",
                  { title: metric.description },
                  h("th", { scope: "row" }, metric.label),
                  h("td", {}, formatNumber(value, metric.digits)),
                  h("td", {}, rank === undefined ? "—" : `${rank} / ${total}`),
                );
              }),
            ),
          ),
        )
      : null,
    roles
      ? h(
          "section",
          {},
          h("h3", {}, "Brokerage roles"),
          h(
            "dl",
            { class: "roles" },
            h("dt", {}, "coordinator"),
            h("dd", {}, String(roles.coordinator)),
            h("dt", {}, "consultant"),
            h("dd", {}, String(roles.consultant)),
            h("dt", {}, "representative"),
            h("dd", {}, String(roles.representative)),
            h("dt", {}, "liaison"),
            h("dd", {}, String(roles.liaison)),
          ),
        )
      : null,
    h(
      "section",
      {},
      h("h3", {}, `Partners (${input.neighbours.length})`),
      input.neighbours.length === 0 ? h("p", { class: "muted" }, "No partner in the current view.") : null,
      [...byWorld.entries()].map(([group, list]) =>
        h(
          "div",
          { class: "neighbour-group" },
          h("h4", {}, worldMark(group, input.worlds, input.worldColour(group)), `${group} (${list.length})`),
          h(
            "ul",
            {},
            list
              .sort((a, b) => b.weight - a.weight || a.label.localeCompare(b.label))
              .map((neighbour) =>
                h(
                  "li",
                  {},
                  h(
                    "button",
                    { type: "button", class: "link", onClick: () => input.onSelect(neighbour.id) },
                    neighbour.label,
                  ),
                ),
              ),
          ),
        ),
      ),
    ),
    attributes.length > 0
      ? h(
          "section",
          {},
          h("h3", {}, "Attributes"),
          h(
            "dl",
            { class: "attributes" },
            attributes.map(([name, value]) => [h("dt", {}, name), h("dd", {}, String(value))]),
          ),
          actor.lat !== null && actor.lat !== undefined
            ? h("p", { class: "muted" }, `lat ${actor.lat.toFixed(4)}, lon ${actor.lon?.toFixed(4) ?? "—"}`)
            : null,
        )
      : null,
  );
}
