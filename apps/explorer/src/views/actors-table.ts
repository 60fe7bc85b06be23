/**
 * A sortable table of the actors shown: the keyboard's (and a screen
 * reader's) way to what the canvas shows. Each name is a button: Enter
 * selects the actor and opens its panel. Column headers sort (aria-sort).
 */
import type { MessageId } from "@catalyse/readings";
import { h, replace } from "../dom.js";
import type { ActorSortKey, AppState } from "../state/app-state.js";
import { worldOf } from "../state/dataset.js";
import type { Derived } from "../state/derived.js";
import { byId } from "./by-id.js";
import { formatNumber } from "./format.js";
import { worldMark } from "./world-shapes.js";

/** Rows written at most (the first by the current order): a table of 10,000 buttons helps no one. */
const MAX_ROWS = 200;

const COLUMNS: readonly { key: ActorSortKey; label: MessageId; numeric: boolean }[] = [
  { key: "label", label: "figure.actor.label", numeric: false },
  { key: "world", label: "figure.actor.world", numeric: false },
  { key: "degree", label: "explorer.actors.partners", numeric: true },
  { key: "betweenness", label: "figure.actor.betweenness", numeric: true },
  // Core–periphery (Borgatti & Everett): shown when the analysis computed it.
  { key: "coreness", label: "figure.actor.coreness", numeric: true },
];

export interface ActorsTableActions {
  sort: (sortBy: ActorSortKey) => void;
  select: (actorId: string) => void;
}

export function renderActorsTable(state: AppState, derived: Derived, actions: ActorsTableActions): void {
  const t = derived.t();
  const figures = derived.figures();
  const { sortBy, descending } = state.actorTable;
  const rows = derived.rows().actors.map((actor) => {
    const f = figures?.get(actor.id);
    return {
      id: actor.id,
      label: actor.label?.trim() || actor.id,
      world: worldOf(actor),
      degree: f?.degree ?? null,
      betweenness: f?.betweenness ?? null,
      coreness: f?.coreness ?? null,
    };
  });
  const columns = rows.some((row) => row.coreness !== null)
    ? COLUMNS
    : COLUMNS.filter((column) => column.key !== "coreness");
  const collator = new Intl.Collator(t.locale, { sensitivity: "base", numeric: true });
  rows.sort((a, b) => {
    const x = a[sortBy];
    const y = b[sortBy];
    const order =
      typeof x === "string" && typeof y === "string"
        ? collator.compare(x, y)
        : (typeof x === "number" ? x : Number.NEGATIVE_INFINITY) -
          (typeof y === "number" ? y : Number.NEGATIVE_INFINITY);
    return descending ? -order : order;
  });
  const worlds = derived.worlds();
  const header = columns.map((column) =>
    h(
      "th",
      {
        scope: "col",
        "aria-sort": column.key === sortBy ? (descending ? "descending" : "ascending") : "none",
        class: column.numeric ? "num" : null,
      },
      h(
        "button",
        { type: "button", class: "sort", onClick: () => actions.sort(column.key) },
        t.t(column.label),
      ),
    ),
  );
  const body = rows.slice(0, MAX_ROWS).map((row) =>
    h(
      "tr",
      { class: row.id === state.selected ? "selected" : null },
      h(
        "td",
        {},
        h(
          "button",
          {
            type: "button",
            class: "link actor-link",
            "data-actor": row.id,
            onClick: () => actions.select(row.id),
          },
          row.label,
        ),
      ),
      h("td", {}, worldMark(row.world, worlds, derived.worldColour(row.world), 10), ` ${row.world}`),
      h("td", { class: "num" }, formatNumber(row.degree, 0, t)),
      h("td", { class: "num" }, formatNumber(row.betweenness, 3, t)),
      columns.length > 4 ? h("td", { class: "num" }, formatNumber(row.coreness, 3, t)) : null,
    ),
  );
  replace(
    byId("actors-table"),
    h(
      "table",
      { class: "actors" },
      h("caption", { class: "visually-hidden" }, t.t("explorer.actors.caption")),
      h("thead", {}, h("tr", {}, header)),
      h("tbody", {}, body),
    ),
    rows.length > MAX_ROWS
      ? h("p", { class: "muted" }, t.t("explorer.actors.first", { shown: MAX_ROWS, count: rows.length }))
      : null,
  );
}
