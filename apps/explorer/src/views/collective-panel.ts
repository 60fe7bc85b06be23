/**
 * The collective panel (a collective selected on the two-mode map, or from
 * an actor's collectives): its kind, dates and size, its members among the
 * actors shown (each a button that selects the actor, with its world), and
 * its two-mode figures from the analysis document (`collectives[].twoMode`:
 * degree, betweenness, closeness on the actor–collective graph). Labels are
 * text nodes, never HTML.
 */
import type { CollectiveFigures } from "@catalyse/core";
import type { Translator } from "@catalyse/readings";
import { h } from "../dom.js";
import type { CollectiveDetails } from "../state/dataset-collectives.js";
import { formatNumber } from "./format.js";
import { worldMark } from "./world-shapes.js";

export interface CollectivePanelInput {
  collective: CollectiveDetails;
  /** The collective's row of the analysis document; null while the analysis runs. */
  figures: CollectiveFigures | null;
  worldColour: (world: string) => string;
  /** The dataset's worlds, which fix each world's shape. */
  worlds: readonly string[];
  onSelectActor: (id: string) => void;
  onClose: () => void;
  t: Translator;
}

/** The two-mode figures, in the order of the figure labels (`figure.actor.twoMode.*`). */
const TWO_MODE = [
  "degree",
  "betweenness",
  "closeness",
] as const satisfies readonly (keyof CollectiveFigures["twoMode"])[];

export function renderCollectivePanel(input: CollectivePanelInput): HTMLElement {
  const { collective, figures, t } = input;
  return h(
    "div",
    { class: "actor-panel collective-panel", "data-collective": collective.id },
    h(
      "header",
      {},
      h("h2", { id: "actor-title" }, collective.label),
      h(
        "button",
        {
          type: "button",
          class: "icon close",
          "aria-label": t.t("explorer.collective.close"),
          onClick: () => input.onClose(),
        },
        "×",
      ),
    ),
    h(
      "p",
      { class: "actor-world" },
      collective.kind === "" ? null : t.t("explorer.collective.kind", { kind: collective.kind }),
      h(
        "span",
        { class: collective.kind === "" ? "" : "muted" },
        `${collective.kind === "" ? "" : " · "}${t.t("explorer.actor.id", { id: collective.id })}`,
      ),
    ),
    h(
      "p",
      { class: "collective-size" },
      [t.t("explorer.collective.size", { count: collective.members.length }), datesText(collective, t)]
        .filter((part) => part !== null)
        .join(" · "),
    ),
    figures === null
      ? h("p", { class: "muted" }, t.t("explorer.actor.computing"))
      : h(
          "section",
          {},
          h("h3", {}, t.t("explorer.collective.two-mode")),
          h(
            "table",
            { class: "metrics-table two-mode-figures" },
            h(
              "thead",
              {},
              h(
                "tr",
                {},
                h("th", { scope: "col" }, t.t("explorer.actor.metric")),
                h("th", { scope: "col" }, t.t("explorer.actor.value")),
              ),
            ),
            h(
              "tbody",
              {},
              TWO_MODE.map((key) =>
                h(
                  "tr",
                  { "data-figure": key },
                  h("th", { scope: "row" }, t.t(`figure.actor.twoMode.${key}`)),
                  h("td", {}, formatNumber(figures.twoMode[key], 3, t)),
                ),
              ),
            ),
          ),
        ),
    h(
      "section",
      { class: "collective-members" },
      h("h3", {}, t.t("explorer.collective.members", { count: collective.members.length })),
      collective.members.length === 0
        ? h("p", { class: "muted" }, t.t("explorer.collective.no-member"))
        : h(
            "ul",
            {},
            collective.members.map((member) =>
              h(
                "li",
                { "data-actor": member.id },
                h(
                  "button",
                  { type: "button", class: "link", onClick: () => input.onSelectActor(member.id) },
                  member.label,
                ),
                h(
                  "span",
                  { class: "muted" },
                  " · ",
                  worldMark(member.world, input.worlds, input.worldColour(member.world)),
                  [member.world, member.role].filter((part) => part !== null).join(", "),
                ),
              ),
            ),
          ),
    ),
  );
}

/** "From 2012 to 2020", "Since 2012", "Until 2020", or null for a collective without dates. */
function datesText(collective: CollectiveDetails, t: Translator): string | null {
  const start = collective.start === null ? null : t.date(collective.start);
  const end = collective.end === null ? null : t.date(collective.end);
  if (start !== null && end !== null) return t.t("explorer.collective.from-to", { start, end });
  if (start !== null) return t.t("explorer.collective.since", { start });
  if (end !== null) return t.t("explorer.collective.until", { end });
  return null;
}
