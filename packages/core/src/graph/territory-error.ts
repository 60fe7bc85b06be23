/** A problem found while building a territory from rows. */
export interface TerritoryIssue {
  severity: "error" | "warning";
  code:
    | "empty-id"
    | "duplicate-actor"
    | "unknown-actor"
    | "invalid-weight"
    | "invalid-date"
    | "end-before-start"
    | "invalid-coordinate"
    | "self-loop"
    | "parallel-links"
    | "missing-world"
    | "duplicate-collective"
    | "unknown-collective"
    | "duplicate-membership"
    | "collective-actor-clash";
  /** What was found, what was expected and how to fix it. */
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

/** Thrown by `createTerritory` with every error found in one pass. */
export class TerritoryError extends Error {
  readonly issues: readonly TerritoryIssue[];

  constructor(issues: readonly TerritoryIssue[]) {
    const errors = issues.filter((issue) => issue.severity === "error");
    super(
      `Territory: ${errors.length} problem${errors.length === 1 ? "" : "s"} in the input:\n` +
        errors.map((issue) => `  - ${issue.message}`).join("\n"),
    );
    this.name = "TerritoryError";
    this.issues = issues;
  }
}
