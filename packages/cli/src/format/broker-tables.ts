/**
 * The tables of `catalyse analyze` about brokerage: the top brokers with the
 * paths they broker by role (Gould & Fernandez 1989), and the figures against
 * chance when null models ran. Headers come from the `figure.*` labels; the
 * sentences about these figures are the readings'.
 */
import type { AnalysisDocument, NullModelResult } from "@catalyse/core";
import type { MessageId, Translator } from "@catalyse/readings";
import { formatTable } from "./table.js";

const TOP_BROKERS = 5;

type Actor = AnalysisDocument["actors"][number];

/** Gatekeeper counts exist for directed territories only. */
function gatekeepers(roles: object | null): number {
  return roles !== null && "gatekeeper" in roles && typeof roles.gatekeeper === "number"
    ? roles.gatekeeper
    : 0;
}

function brokered(actor: Actor): number {
  const b = actor.brokerage;
  return b === null ? 0 : b.coordinator + b.consultant + b.representative + b.liaison + gatekeepers(b);
}

/** The top brokers (by betweenness when computed, else by paths brokered), or null when no one brokers. */
export function brokerTable(document: AnalysisDocument, t: Translator): string | null {
  const rank = (a: Actor) => a.betweenness ?? brokered(a);
  const brokers = document.actors
    .filter((a) => rank(a) > 0 && a.brokerage !== null)
    .sort((a, b) => rank(b) - rank(a))
    .slice(0, TOP_BROKERS);
  if (brokers.length === 0) return null;
  const withBetweenness = brokers.some((a) => a.betweenness !== null);
  const directed = brokers.some((a) => gatekeepers(a.brokerage) > 0);
  const roles = [
    "liaison",
    "representative",
    ...(directed ? ["gatekeeper"] : []),
    "consultant",
    "coordinator",
  ];
  const label = (field: string) => t.t(`figure.actor.${field}` as MessageId);
  return formatTable(
    [
      label("label"),
      label("world"),
      ...(withBetweenness ? [label("betweenness")] : []),
      ...roles.map((role) => label(`brokerage.${role}`)),
      label("constraint"),
      label("neighbourWorlds"),
    ],
    brokers.map((a) => [
      a.label,
      a.world,
      ...(withBetweenness ? [a.betweenness] : []),
      ...roles.map((role) =>
        role === "gatekeeper"
          ? gatekeepers(a.brokerage)
          : ((a.brokerage?.[role as "liaison"] as number | undefined) ?? null),
      ),
      a.constraint,
      a.neighbourWorlds ?? null,
    ]),
    t,
  );
}

/** Each figure against chance: observed, the null models' mean, z and p. */
export function nullModelTable(nulls: NullModelResult, t: Translator): string[] {
  const name = (figure: string) => {
    const id = `figure.graph.${figure}`;
    return t.has(id) ? t.t(id) : figure;
  };
  const rows = nulls.figures.map((f) => [
    name(f.figure),
    t.t(f.model === "rewiring" ? "cli.null.rewiring" : "cli.null.permutation"),
    f.observed,
    f.mean,
    f.z,
    f.p,
  ]);
  return [
    t.t("cli.analyze.against-chance", { replicates: nulls.replicates }),
    formatTable(
      [
        t.t("cli.null.figure"),
        t.t("cli.null.model"),
        t.t("cli.null.observed"),
        t.t("cli.null.chance"),
        "z",
        "p",
      ],
      rows,
      t,
    ).trimEnd(),
  ];
}
