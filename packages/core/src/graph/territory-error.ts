import {
  type ErrorParams,
  type TerritoryIssueCode,
  territoryErrorMessage,
  territoryIssueMessage,
} from "./territory-messages.js";

/** A problem found while building a territory from rows. */
export interface TerritoryIssue {
  severity: "error" | "warning";
  /** Stable code: the issue's message is `errors.territory.<code>` in @catalyse/readings. */
  code: TerritoryIssueCode;
  /** The values the message cites (see `territoryIssueMessage`). */
  params: ErrorParams;
  /** What was found, what was expected and how to fix it, in English. */
  message: string;
  /** The input table the problem is in. */
  table?: "actors" | "links" | "collectives" | "memberships";
  /** 0-based index of the row in that table (readers map it back to a file line). */
  row?: number;
  /** The field (column) at fault. */
  field?: string;
  /** For aggregated warnings (parallel links, self-loops): how many rows were concerned. */
  count?: number;
}

/** An issue of `code` citing `params`, its English message rendered from them. */
export function territoryIssue(
  severity: TerritoryIssue["severity"],
  code: TerritoryIssueCode,
  params: ErrorParams,
  place: Pick<TerritoryIssue, "table" | "row" | "field" | "count"> = {},
): TerritoryIssue {
  return { severity, code, params, message: territoryIssueMessage(code, params), ...place };
}

/** Thrown by `createTerritory` with every error found in one pass. */
export class TerritoryError extends Error {
  /** Stable code of the error as a whole (its first line is `errors.territory` in @catalyse/readings). */
  readonly code = "territory" as const;
  /** `count`: how many errors the issues hold. */
  readonly params: { count: number };
  readonly issues: readonly TerritoryIssue[];

  constructor(issues: readonly TerritoryIssue[]) {
    const errors = issues.filter((issue) => issue.severity === "error");
    super(
      `${territoryErrorMessage({ count: errors.length })}\n${errors.map((issue) => `  - ${issue.message}`).join("\n")}`,
    );
    this.name = "TerritoryError";
    this.params = { count: errors.length };
    this.issues = issues;
  }
}
