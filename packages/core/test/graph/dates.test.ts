import { describe, expect, it } from "vitest";
import { isLinkDate } from "../../src/graph/dates.js";

describe("isLinkDate", () => {
  it("accepts years, months and real calendar days", () => {
    for (const date of ["2012", "2012-05", "2012-05-03", "2012-02-29", "2000-02-29", "2023-12-31"])
      expect(isLinkDate(date), date).toBe(true);
  });
  it("refuses days that no calendar has (30 February, 31 April, 29 February of a common year)", () => {
    for (const date of ["2012-02-30", "2011-02-29", "1900-02-29", "2012-04-31", "2012-13", "2012-00-10"])
      expect(isLinkDate(date), date).toBe(false);
  });
});
