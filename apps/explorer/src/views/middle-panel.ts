/**
 * The "No one in the middle" panel: how far the territory is from the
 * article's principle that everyone contributes and no one stands in the
 * middle. Each chart comes with one plain sentence; what the document does
 * not provide is left out, never invented.
 */

import { communityWorldTable } from "../analysis/community-table.js";
import type { ExplorerAnalysis } from "../analysis/explorer-analysis.js";
import { h } from "../dom.js";
import { dependenceChart } from "./charts/dependence-chart.js";
import { gaugeChart } from "./charts/gauge-chart.js";
import { heatmapChart } from "./charts/heatmap-chart.js";
import { lorenzChart } from "./charts/lorenz-chart.js";
import { formatNumber, formatShare } from "./format.js";

export function renderMiddlePanel(analysis: ExplorerAnalysis | null, status: string): HTMLElement {
  if (analysis === null)
    return h("section", { class: "middle empty" }, h("p", {}, status || "The analysis has not run yet."));
  const { document, mixing, dependence, topShares } = analysis;
  const figures = document.graph;
  const actors = document.actors;
  const cards: HTMLElement[] = [];

  const governance = figures.governance;
  if (governance)
    cards.push(
      card(
        `Governance reading: ${FORM_LABELS[governance.form] ?? governance.form}`,
        governance.summary,
        h(
          "table",
          { class: "evidence-table" },
          h(
            "caption",
            { class: "muted" },
            "Evidence (Provan & Kenis 2008 forms; thresholds set by Catalyse)",
          ),
          h(
            "tbody",
            {},
            governance.evidence.map((item) =>
              h(
                "tr",
                {},
                h("th", { scope: "row" }, item.figure),
                h(
                  "td",
                  {},
                  typeof item.value === "number" ? formatNumber(item.value, 3) : (item.value ?? "—"),
                ),
                h("td", { class: "muted" }, item.threshold ?? ""),
                h("td", {}, item.suggests ? (FORM_LABELS[item.suggests] ?? item.suggests) : "—"),
              ),
            ),
          ),
        ),
        "governance-card",
      ),
    );

  const lorenz = figures.lorenz.betweenness.length > 1 ? figures.lorenz.betweenness : null;
  const top = actors.reduce<(typeof actors)[number] | null>(
    (best, actor) => ((actor.betweenness ?? -1) > (best?.betweenness ?? -1) ? actor : best),
    null,
  );
  if (lorenz) {
    cards.push(
      card(
        "Who holds the middle?",
        `${formatShare(figures.topBrokerShare)} of all brokerage (betweenness) is held by a single actor, ${top?.label ?? "—"}; the top 10% of actors hold ${formatShare(topShares.top10)} (Gini ${formatNumber(figures.gini.betweenness, 2)}).`,
        lorenzChart(lorenz),
        "lorenz-card",
      ),
    );
  } else {
    cards.push(
      card(
        "Who holds the middle?",
        "No actor brokers any path: there are no shortest paths through anyone.",
        null,
        "lorenz-card",
      ),
    );
  }

  const c = figures.centralization;
  cards.push(
    card(
      "Centralization",
      `0 means everyone is as central as everyone else; 1 is a star with one actor in the middle. Betweenness centralization here: ${formatNumber(c.betweenness, 2)}.`,
      h(
        "div",
        { class: "gauges" },
        gaugeChart("degree", c.degree),
        gaugeChart("betweenness", c.betweenness),
        gaugeChart("closeness", c.closeness),
      ),
      "gauges-card",
    ),
  );

  if (figures.effectiveBrokers !== null)
    cards.push(
      card(
        "Effective brokers",
        `Brokerage is spread as if among ${formatNumber(figures.effectiveBrokers, 1)} equal brokers, out of ${figures.nodes.toLocaleString("en-GB")} actors.`,
        h("p", { class: "big-number" }, formatNumber(figures.effectiveBrokers, 1)),
        "brokers-card",
      ),
    );

  const ei = figures.worlds.eiIndex ?? mixing.eiIndex;
  const cross = ei === null ? null : (ei + 1) / 2;
  cards.push(
    card(
      "Do the worlds talk to each other?",
      ei === null
        ? "No links, so no mixing between worlds to show."
        : `${formatShare(cross)} of alliances cross worlds (E-I index ${formatNumber(ei, 2)}): the worlds mostly ally ${ei > 0 ? "with other worlds" : "among themselves"}.`,
      mixing.worlds.length > 0 ? heatmapChart(mixing) : null,
      "heatmap-card",
    ),
  );

  const rows = communityWorldTable(actors, mixing.worlds);
  if (rows.length > 0) {
    const mixed = rows.filter(
      (row) => row.byWorld.filter((count) => count > 0).length >= Math.min(4, mixing.worlds.length),
    );
    cards.push(
      card(
        "Communities against worlds",
        `${rows.length} communit${rows.length === 1 ? "y" : "ies"}; ${mixed.length} of them bring together ${Math.min(4, mixing.worlds.length)} worlds or more (co-construction clusters).`,
        h(
          "div",
          { class: "table-scroll" },
          h(
            "table",
            { class: "community-table" },
            h(
              "thead",
              {},
              h(
                "tr",
                {},
                h("th", { scope: "col" }, "community"),
                h("th", { scope: "col" }, "size"),
                mixing.worlds.map((world) => h("th", { scope: "col" }, world)),
                h("th", { scope: "col" }, "Blau"),
                h("th", { scope: "col" }, "most central"),
              ),
            ),
            h(
              "tbody",
              {},
              rows.slice(0, 12).map((row) =>
                h(
                  "tr",
                  {},
                  h("th", { scope: "row" }, String(row.community + 1)),
                  h("td", {}, String(row.size)),
                  row.byWorld.map((count) => h("td", { class: count === 0 ? "zero" : "" }, String(count))),
                  h("td", {}, row.blau.toFixed(2)),
                  h("td", { class: "names" }, row.top.join(", ")),
                ),
              ),
            ),
          ),
        ),
        "community-card",
      ),
    );
  }

  if (dependence.length > 1) {
    const last = dependence[dependence.length - 1]!;
    const names = dependence
      .slice(1)
      .map((point) => actors.find((actor) => actor.id === point.actor)?.label ?? point.actor ?? "")
      .join(", ");
    cards.push(
      card(
        "What if the top brokers left?",
        `Removing the top ${last.removed} brokers (${names}) leaves ${formatShare(last.connectedPairs)} of actor pairs connected and ${formatShare(last.crossWorldPairs)} of cross-world pairs.`,
        dependenceChart(dependence),
        "dependence-card",
      ),
    );
  }

  return h("section", { class: "middle" }, h("div", { class: "cards" }, cards));
}

const FORM_LABELS: Record<string, string> = {
  shared: "shared governance",
  "lead-organisation": "lead organisation",
  "administrative-organisation": "administrative organisation",
  undetermined: "undetermined",
};

function card(title: string, sentence: string, body: Element | null, className: string): HTMLElement {
  return h(
    "article",
    { class: `card ${className}` },
    h("h3", {}, title),
    h("p", { class: "reading" }, sentence),
    body,
    body?.querySelector("svg") || body instanceof SVGSVGElement
      ? h(
          "button",
          {
            type: "button",
            class: "link small chart-svg",
            "data-chart-svg": className.replace(/-card$/, ""),
          },
          "Download SVG",
        )
      : null,
  );
}
