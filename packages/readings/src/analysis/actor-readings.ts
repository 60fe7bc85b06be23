/**
 * Readings about one actor: its partners and their worlds, and the pairs of
 * actors it stands between, by brokerage role (Gould & Fernandez 1989). Every
 * role is counted rather than one "main role" named: in an undirected
 * territory the representative role counts both directions and so tops most
 * actors' counts, which told readers nothing. When null models ran, the roles
 * an actor plays more or less than chance are said.
 */
import type { AnalysisDocument, DirectedBrokerageRoles } from "@catalyse/core";
import type { Lang } from "../lang.js";
import {
  decimal,
  type Figures,
  list,
  readingMessage as message,
  nested,
  type Reading,
  type ReadingMessage,
  renderReading,
} from "../reading.js";
import { createTranslator } from "../translator.js";
import { ANALYSIS_READINGS_DEFAULTS } from "./options.js";

const ROLES = ["coordinator", "consultant", "representative", "gatekeeper", "liaison"] as const;

/** The readings of the actor `id`; empty when the document has no such actor. */
export function actorMessages(document: AnalysisDocument, id: string): ReadingMessage[] {
  const i = document.actors.findIndex((actor) => actor.id === id);
  const actor = document.actors[i];
  if (actor === undefined) return [];
  const path = `actors[${i}]`;
  const readings: ReadingMessage[] = [];
  const base: Figures = { [`${path}.label`]: actor.label, [`${path}.world`]: actor.world };
  if (actor.degree === 0)
    return [message("reading.actor.isolated", base, { actor: actor.label, world: actor.world })];
  readings.push(
    message(
      "reading.actor.partners",
      {
        ...base,
        [`${path}.degree`]: actor.degree,
        [`${path}.neighbourWorlds`]: actor.neighbourWorlds ?? null,
        [`${path}.neighbourWorldDiversity`]: actor.neighbourWorldDiversity ?? null,
      },
      {
        actor: actor.label,
        world: actor.world,
        degree: actor.degree,
        worlds: actor.neighbourWorlds ?? 0,
        blau: decimal(actor.neighbourWorldDiversity ?? null),
      },
    ),
  );
  if (actor.neighbourWorlds === undefined) readings.pop();

  const roles = actor.brokerage as Partial<DirectedBrokerageRoles> | null;
  if (roles !== null) {
    const counted = ROLES.map((role) => ({ role, count: roles[role] ?? 0 }))
      .filter((r) => r.count > 0)
      .sort((a, b) => b.count - a.count);
    const total = counted.reduce((sum, r) => sum + r.count, 0);
    const figures: Figures = { [`${path}.label`]: actor.label, [`${path}.brokerage.total`]: total };
    for (const r of counted) figures[`${path}.brokerage.${r.role}`] = r.count;
    readings.push(
      total === 0
        ? message("reading.actor.brokerage.none", { [`${path}.label`]: actor.label }, { actor: actor.label })
        : message("reading.actor.brokerage", figures, {
            actor: actor.label,
            total,
            roles: list(counted.map((r) => nested("reading.actor.role", { count: r.count, role: r.role }))),
          }),
    );
  }

  const z = actor.brokerageNull?.z;
  if (z) {
    const figures: Figures = {};
    const beyond = ROLES.flatMap((role) => {
      const value = z[role];
      if (value === null || value === undefined || Math.abs(value) <= ANALYSIS_READINGS_DEFAULTS.zBeyond)
        return [];
      figures[`${path}.brokerageNull.z.${role}`] = value;
      figures[`${path}.brokerageNull.z.${role}.magnitude`] = Math.abs(value);
      return [
        nested("reading.actor.role-z", {
          role,
          direction: value > 0 ? "above" : "below",
          z: decimal(Math.abs(value), 1),
        }),
      ];
    });
    if (beyond.length > 0)
      readings.push(message("reading.actor.roles-beyond-chance", figures, { roles: list(beyond) }));
  }
  return readings;
}

export function actorReadings(document: AnalysisDocument, id: string, options: { lang: Lang }): Reading[] {
  const translator = createTranslator(options.lang);
  return actorMessages(document, id).map((m) => renderReading(m, translator));
}
