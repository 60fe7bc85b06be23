/**
 * Validating collectives and memberships rows, as `createTerritory` does for
 * actors and links: every problem of every row is recorded in one pass
 * (duplicate or empty ids, a collective id that is also an actor id, unknown
 * actors or collectives, the same membership twice, bad or inverted dates).
 */
import { dateOrdinal, isLinkDate } from "../graph/dates.js";
import type { TerritoryIssue } from "../graph/territory-error.js";
import {
  type Collective,
  type CollectiveInput,
  DEFAULT_COLLECTIVE_KIND,
  type Membership,
  type MembershipInput,
} from "./types.js";

type Table = "collectives" | "memberships";

/**
 * The validated collectives and memberships; issues are pushed to `issues`.
 * NOTE: collective ids share the actors' namespace, so that GEXF and GraphML
 * (where both are nodes) can hold them without renaming.
 */
export function checkCollectives(
  collectiveRows: readonly CollectiveInput[],
  membershipRows: readonly MembershipInput[],
  actorIds: ReadonlySet<string>,
  issues: TerritoryIssue[],
): { collectives: Collective[]; memberships: Membership[] } {
  const collectives: Collective[] = [];
  const known = new Set<string>();
  collectiveRows.forEach((row, index): void => {
    const id = row.id.trim();
    const fail = (code: TerritoryIssue["code"], message: string): void => {
      issues.push(issue(code, "collectives", index, "id", message));
    };
    if (id === "") {
      fail("empty-id", "empty collective id; every collective needs a unique id");
      return;
    }
    if (known.has(id)) {
      fail("duplicate-collective", `duplicate collective id "${id}"; ids must be unique`);
      return;
    }
    if (actorIds.has(id)) {
      fail(
        "collective-actor-clash",
        `collective id "${id}" is also an actor id; give the collective another id`,
      );
      return;
    }
    const dates = period(row, "collectives", index, issues);
    known.add(id);
    if (dates === undefined) return;
    collectives.push({
      id,
      label: row.label?.trim() || id,
      kind: row.kind?.trim() || DEFAULT_COLLECTIVE_KIND,
      ...dates,
      attributes: { ...row.attributes },
    });
  });

  const memberships: Membership[] = [];
  const seen = new Set<string>();
  membershipRows.forEach((row, index) => {
    const collective = row.collective.trim();
    const actor = row.actor.trim();
    let ok = true;
    if (!known.has(collective)) {
      ok = false;
      issues.push(
        collective === ""
          ? issue(
              "empty-id",
              "memberships",
              index,
              "collective",
              "empty collective; expected a collective id",
            )
          : issue(
              "unknown-collective",
              "memberships",
              index,
              "collective",
              `collective "${collective}" is not a collective id; add it to the collectives or fix the id`,
            ),
      );
    }
    if (!actorIds.has(actor)) {
      ok = false;
      issues.push(
        actor === ""
          ? issue("empty-id", "memberships", index, "actor", "empty actor; expected an actor id")
          : issue(
              "unknown-actor",
              "memberships",
              index,
              "actor",
              `membership actor "${actor}" is not an actor id; add it to the actors or fix the id`,
            ),
      );
    }
    const dates = period(row, "memberships", index, issues);
    if (!ok || dates === undefined) return;
    // The same actor may leave and join again: a duplicate is the same start too.
    const key = JSON.stringify([collective, actor, dates.start]);
    if (seen.has(key)) {
      issues.push(
        issue(
          "duplicate-membership",
          "memberships",
          index,
          "actor",
          `"${actor}" is listed twice in collective "${collective}"${dates.start === null ? "" : ` from ${dates.start}`}; keep one row`,
        ),
      );
      return;
    }
    seen.add(key);
    memberships.push({
      collective,
      actor,
      role: row.role?.trim() || null,
      ...dates,
      attributes: { ...row.attributes },
    });
  });
  return { collectives, memberships };
}

function issue(
  code: TerritoryIssue["code"],
  table: Table,
  row: number,
  field: string,
  message: string,
): TerritoryIssue {
  return { severity: "error", code, table, row, field, message };
}

/** Start and end, normalised; undefined when one is invalid or the end is before the start. */
function period(
  row: { start?: string | null; end?: string | null },
  table: Table,
  index: number,
  issues: TerritoryIssue[],
): { start: string | null; end: string | null } | undefined {
  const read = (field: "start" | "end") => {
    const text = row[field]?.trim() ?? "";
    if (text === "") return null;
    if (isLinkDate(text)) return text;
    issues.push(
      issue(
        "invalid-date",
        table,
        index,
        field,
        `${field} "${text}" is not a date; expected a year (2012) or an ISO date (2012-05-03)`,
      ),
    );
    return undefined;
  };
  const start = read("start");
  const end = read("end");
  if (start === undefined || end === undefined) return undefined;
  if (start !== null && end !== null && dateOrdinal(end, "end") < dateOrdinal(start, "start")) {
    issues.push(
      issue("invalid-date", table, index, "end", `end ${end} is before start ${start}; swap them or fix one`),
    );
    return undefined;
  }
  return { start, end };
}
