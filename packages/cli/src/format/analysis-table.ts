/**
 * `catalyse analyze --format table`: the territory's name, its key figures
 * (labels from the one `figure.*` table), the readings printed verbatim (the
 * only sentences about figures), then the top actors, the brokers and, when
 * they ran, the null models.
 */
import type { AnalysisDocument } from "@catalyse/core";
import type { MessageId, Reading, Translator } from "@catalyse/readings";
import { brokerTable, nullModelTable } from "./broker-tables.js";
import { formatTable, inline, labelled } from "./table.js";

const TOP_ACTORS = 10;

export function formatAnalysisTable(
  territory: { name: string; description: string },
  document: AnalysisDocument,
  readings: readonly Pick<Reading, "text">[],
  t: Translator,
): string {
  const g = document.graph;
  const figure = (path: string, value: string) => labelled(t.t(`figure.${path}` as MessageId), value, t);
  const lines = [
    territory.name || t.t("cli.analyze.untitled"),
    ...(territory.description ? [territory.description] : []),
    "",
    t.t("cli.analyze.key-figures"),
    [
      figure("graph.nodes", t.integer(g.nodes)),
      figure("graph.links", t.integer(g.links)),
      figure("graph.density", t.number(g.density, { maximumFractionDigits: 4 })),
    ].join("   "),
    [
      figure("graph.components", t.integer(g.components)),
      figure("graph.largestComponentShare", t.percent(g.largestComponentShare)),
    ].join("   "),
    labelled(
      t.t("cli.analyze.worlds"),
      worldCounts(document)
        .map(([world, count]) => `${world} ${t.integer(count)}`)
        .join(", "),
      t,
    ),
  ];
  if (g.communities !== null)
    lines.push(
      [
        figure("graph.communities", t.integer(g.communities)),
        figure("graph.modularity", t.number(g.modularity)),
      ].join("   "),
    );
  if (readings.length > 0)
    lines.push("", t.t("cli.analyze.readings"), ...readings.map((reading) => `- ${reading.text}`));
  lines.push(...topActors(document, t));
  const brokers = brokerTable(document, t);
  if (brokers !== null) lines.push("", t.t("cli.analyze.top-brokers"), brokers.trimEnd());
  if (g.nullModels !== null) lines.push("", ...nullModelTable(g.nullModels, t));
  lines.push("");
  return lines.join("\n");
}

/**
 * The top actors by betweenness (by degree when betweenness was not
 * computed); only actors whose value is above zero, so the list is never
 * padded with zeros.
 */
function topActors(document: AnalysisDocument, t: Translator): string[] {
  const rankBy = document.actors.some((actor) => actor.betweenness !== null) ? "betweenness" : "degree";
  const top = document.actors
    .filter((actor) => (actor[rankBy] ?? 0) > 0)
    .sort((a, b) => (b[rankBy] ?? 0) - (a[rankBy] ?? 0) || b.degree - a.degree)
    .slice(0, TOP_ACTORS);
  if (top.length === 0) return [];
  const columns = [
    "label",
    "world",
    "degree",
    "strength",
    ...(rankBy === "betweenness" ? ["betweenness"] : []),
  ];
  return [
    "",
    `${t.t("cli.analyze.top", { count: top.length, figure: inline(t.t(`figure.actor.${rankBy}`), t) })}${t.lang === "fr" ? " :" : ":"}`,
    formatTable(
      columns.map((column) => t.t(`figure.actor.${column}` as MessageId)),
      top.map((actor) => [
        actor.label,
        actor.world,
        actor.degree,
        actor.strength,
        ...(rankBy === "betweenness" ? [actor.betweenness] : []),
      ]),
      t,
    ).trimEnd(),
  ];
}

function worldCounts(document: AnalysisDocument): [string, number][] {
  const counts = new Map<string, number>();
  for (const actor of document.actors) counts.set(actor.world, (counts.get(actor.world) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]);
}
