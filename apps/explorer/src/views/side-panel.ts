/**
 * The actor panel: attributes, every available metric with its rank, the
 * neighbours grouped by world (each a button that selects it), the
 * brokerage roles, and its collectives (each a button that opens the
 * collective's panel). Labels are text nodes, never HTML.
 */
import type { ActorFigures, ActorInput } from "@catalyse/core";
import type { Translator } from "@catalyse/readings";
import { h } from "../dom.js";
import { worldOf } from "../state/dataset.js";
import type { ActorCollective } from "../state/dataset-collectives.js";
import { availableMetrics, type MetricKey, metricValue } from "../state/metrics.js";
import { formatNumber } from "./format.js";
import { metricLabel, metricTooltip } from "./metric-texts.js";
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
  /** The collectives the actor belongs to (empty: none, and no section). */
  collectives: readonly ActorCollective[];
  onSelect: (id: string) => void;
  /** Opens a collective's panel (its members, its two-mode figures). */
  onSelectCollective: (id: string) => void;
  onClose: () => void;
  t: Translator;
}

export function renderSidePanel(input: SidePanelInput): HTMLElement {
  const { actor, figures, t } = input;
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
          "aria-label": t.t("explorer.actor.close"),
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
      h("span", { class: "muted" }, ` · ${t.t("explorer.actor.id", { id: actor.id })}`),
    ),
    figures === null ? h("p", { class: "muted" }, t.t("explorer.actor.computing")) : null,
    metrics.length > 0 && figures
      ? h(
          "section",
          {},
          h("h3", {}, t.t("explorer.actor.metrics")),
          h(
            "table",
            { class: "metrics-table" },
            h(
              "thead",
              {},
              h(
                "tr",
                {},
                h("th", { scope: "col" }, t.t("explorer.actor.metric")),
                h("th", { scope: "col" }, t.t("explorer.actor.value")),
                h("th", { scope: "col" }, t.t("explorer.actor.rank")),
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
                  {},
                  // The glossary's line as the tooltip of the metric's name.
                  h(
                    "th",
                    { scope: "row" },
                    h("abbr", { title: metricTooltip(t, metric.key) }, metricLabel(t, metric.key)),
                  ),
                  h("td", {}, formatNumber(value, metric.digits, t)),
                  h("td", {}, rank === undefined ? "—" : t.t("explorer.actor.rank-of", { rank, total })),
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
          h("h3", {}, t.t("explorer.actor.roles")),
          h(
            "dl",
            { class: "roles" },
            h("dt", {}, t.t("figure.actor.brokerage.coordinator")),
            h("dd", {}, String(roles.coordinator)),
            h("dt", {}, t.t("figure.actor.brokerage.consultant")),
            h("dd", {}, String(roles.consultant)),
            h("dt", {}, t.t("figure.actor.brokerage.representative")),
            h("dd", {}, String(roles.representative)),
            h("dt", {}, t.t("figure.actor.brokerage.liaison")),
            h("dd", {}, String(roles.liaison)),
          ),
        )
      : null,
    h(
      "section",
      {},
      h("h3", {}, t.t("explorer.actor.partners", { count: input.neighbours.length })),
      input.neighbours.length === 0 ? h("p", { class: "muted" }, t.t("explorer.actor.no-partner")) : null,
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
    input.collectives.length > 0
      ? h(
          "section",
          { class: "actor-collectives" },
          h("h3", {}, t.t("explorer.actor.collectives", { count: input.collectives.length })),
          h(
            "ul",
            {},
            input.collectives.map((collective) =>
              h(
                "li",
                {},
                h(
                  "button",
                  { type: "button", class: "link", onClick: () => input.onSelectCollective(collective.id) },
                  collective.label,
                ),
                collective.kind === "" && collective.role === null
                  ? null
                  : h(
                      "span",
                      { class: "muted" },
                      ` · ${[collective.kind, collective.role].filter((part) => part !== "" && part !== null).join(", ")}`,
                    ),
              ),
            ),
          ),
        )
      : null,
    attributes.length > 0
      ? h(
          "section",
          {},
          h("h3", {}, t.t("explorer.actor.attributes")),
          h(
            "dl",
            { class: "attributes" },
            attributes.map(([name, value]) => [h("dt", {}, name), h("dd", {}, String(value))]),
          ),
          actor.lat !== null && actor.lat !== undefined
            ? h(
                "p",
                { class: "muted" },
                t.t("explorer.actor.coordinates", {
                  lat: t.number(actor.lat, { maximumFractionDigits: 4 }),
                  lon: t.number(actor.lon ?? null, { maximumFractionDigits: 4 }),
                }),
              )
            : null,
        )
      : null,
  );
}
