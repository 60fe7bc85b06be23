import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EXPLORER_MARKERS, type Results as ExplorerResults, renderTable } from "../explorer/table.js";
import { markers, placeholder, renderSuite, type SuiteResults } from "../lib/results.js";
import { renderTargets, TARGET_MARKERS } from "../lib/targets.js";
import { loadSuites, README, RESULTS_DIR, readResults } from "../run.js";
import { formatTable, SCALE_MARKERS, type ScaleMachine, type StepResult } from "../scale/table.js";

const HERE = new URL("..", import.meta.url).pathname;
const between = (text: string, { begin, end }: { begin: string; end: string }) => {
  const start = text.indexOf(begin);
  const stop = text.indexOf(end, start);
  return start < 0 || stop < 0 ? null : text.slice(start + begin.length, stop).trim();
};
const json = <T>(path: string) => JSON.parse(readFileSync(join(HERE, path), "utf8")) as T;

function section(text: string, suite: string): string | null {
  const { begin, end } = markers(suite);
  const start = text.indexOf(begin);
  const stop = text.indexOf(end, start);
  return start < 0 || stop < 0 ? null : text.slice(start + begin.length, stop).trim();
}

describe("benchmarks/README.md", async () => {
  const readme = readFileSync(README, "utf8");
  const suites = await loadSuites();

  it.each(suites.map((s) => s.name))(
    "holds the %s table exactly as rendered from its results file",
    (name) => {
      const path = join(RESULTS_DIR, `${name}.json`);
      const expected = existsSync(path)
        ? renderSuite(JSON.parse(readFileSync(path, "utf8")) as SuiteResults)
        : placeholder(name);
      expect(section(readme, name)).toBe(expected);
    },
  );

  it("holds the targets' verdicts exactly as computed from the results files", () => {
    const { begin, end } = TARGET_MARKERS;
    const start = readme.indexOf(begin);
    const stop = readme.indexOf(end, start);
    expect(start).toBeGreaterThanOrEqual(0);
    expect(readme.slice(start + begin.length, stop).trim()).toBe(renderTargets(readResults()));
  });

  it("holds the scale table, here and in scale/README.md, as rendered from scale/results.json", () => {
    const { machine, results } = json<{ machine: ScaleMachine; results: StepResult[] }>("scale/results.json");
    const expected = formatTable(results, machine);
    expect(between(readme, SCALE_MARKERS)).toBe(expected);
    expect(between(readFileSync(join(HERE, "scale/README.md"), "utf8"), SCALE_MARKERS)).toBe(expected);
  });

  it("holds the explorer table, here and in explorer/README.md, as rendered from explorer/results.json", () => {
    const expected = renderTable(json<ExplorerResults>("explorer/results.json"));
    expect(between(readme, EXPLORER_MARKERS)).toBe(expected);
    expect(between(readFileSync(join(HERE, "explorer/README.md"), "utf8"), EXPLORER_MARKERS)).toBe(expected);
  });

  it("has no benchmark table without a suite behind it", () => {
    const names = [...readme.matchAll(/<!-- bench:([\w-]+) -->/g)].map((m) => m[1]);
    expect(names.sort()).toEqual(suites.map((s) => s.name).sort());
  });
});
