import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { publishablePackages, workspaceDependencies } from "../workspace/packages.mjs";

const packages = publishablePackages();

describe("publishable workspace packages", () => {
  it("are found from pnpm-workspace.yaml, dependencies first", () => {
    const names = packages.map((pkg) => pkg.name);
    for (const name of ["@catalyse/core", "@catalyse/io", "@catalyse/cli"]) expect(names).toContain(name);
    expect(names).not.toContain("@catalyse/explorer");
    expect(names.indexOf("@catalyse/core")).toBeLessThan(names.indexOf("@catalyse/io"));
    expect(names.indexOf("@catalyse/io")).toBeLessThan(names.indexOf("@catalyse/cli"));
  });

  it.each(packages.map((pkg) => [pkg.name, pkg] as const))(
    "%s: tsconfig.build.json references exactly its workspace dependencies (tsc --build order)",
    (_name, pkg) => {
      const config = JSON.parse(readFileSync(join(pkg.dir, "tsconfig.build.json"), "utf8")) as {
        extends: string;
        references?: { path: string }[];
      };
      expect(config.extends).toBe("../../tsconfig.package.json");
      const referenced = (config.references ?? []).map((ref) => ref.path).sort();
      const expected = workspaceDependencies(pkg.manifest)
        .map((name) => packages.find((other) => other.name === name))
        .map((other) => `../${other!.dir.split("/").at(-1)}/tsconfig.build.json`)
        .sort();
      expect(referenced).toEqual(expected);
    },
  );
});
