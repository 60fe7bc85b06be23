/**
 * Validating collectives and memberships rows, as `createTerritory` does for
 * actors and links: every problem of every row is recorded in one pass
 * (duplicate or empty ids, a collective id that is also an actor id, unknown
 * actors or collectives, the same membership twice, bad or inverted dates).
 */
import { dateOrdinal, isLinkDate } from "../graph/dates.js";
import { type TerritoryIssue, territoryIssue } from "../graph/territory-error.js";
import type { ErrorParams, TerritoryIssueCode } from "../graph/territory-messages.js";
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
    const fail = (code: TerritoryIssueCode, params: ErrorParams): void => {
      issues.push(issue(code, "collectives", index, "id", params));
    };
    if (id === "") {
      fail("empty-id", { table: "collectives", field: "id" });
      return;
    }
    if (known.has(id)) {
      fail("duplicate-collective", { id });
      return;
    }
    if (actorIds.has(id)) {
      fail("collective-actor-clash", { id });
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
          ? issue("empty-id", "memberships", index, "collective", {
              table: "memberships",
              field: "collective",
            })
          : issue("unknown-collective", "memberships", index, "collective", { id: collective }),
      );
    }
    if (!actorIds.has(actor)) {
      ok = false;
      issues.push(
        actor === ""
          ? issue("empty-id", "memberships", index, "actor", { table: "memberships", field: "actor" })
          : issue("unknown-actor", "memberships", index, "actor", {
              table: "memberships",
              field: "actor",
              id: actor,
            }),
      );
    }
    const dates = period(row, "memberships", index, issues);
    if (!ok || dates === undefined) return;
    // The same actor may leave and join again: a duplicate is the same start too.
    const key = JSON.stringify([collective, actor, dates.start]);
    if (seen.has(key)) {
      issues.push(
        issue("duplicate-membership", "memberships", index, "actor", {
          actor,
          collective,
          dated: dates.start === null ? "no" : "yes",
          start: dates.start ?? "",
        }),
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
  code: TerritoryIssueCode,
  table: Table,
  row: number,
  field: string,
  params: ErrorParams,
): TerritoryIssue {
  return territoryIssue("error", code, params, { table, row, field });
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
      issue("invalid-date", table, index, field, {
        table,
        field,
        value: text,
        problem: "format",
        start: "",
      }),
    );
    return undefined;
  };
  const start = read("start");
  const end = read("end");
  if (start === undefined || end === undefined) return undefined;
  if (start !== null && end !== null && dateOrdinal(end, "end") < dateOrdinal(start, "start")) {
    issues.push(
      issue("invalid-date", table, index, "end", {
        table,
        field: "end",
        value: end,
        problem: "order",
        start,
      }),
    );
    return undefined;
  }
  return { start, end };
}
