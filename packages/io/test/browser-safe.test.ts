import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SRC = fileURLToPath(new URL("../src", import.meta.url));

function sources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(folder, entry.name)) : [join(folder, entry.name)],
  );
}

describe("the main entry point is browser-safe", () => {
  it("no module but node.ts and node/ imports Node built-ins or uses Buffer/process", () => {
    const offenders = sources(SRC)
      .filter((file) => relative(SRC, file) !== "node.ts" && !relative(SRC, file).startsWith("node/"))
      .filter((file) => /from "node:|require\(|\bBuffer\b|\bprocess\./.test(readFileSync(file, "utf8")))
      .map((file) => relative(SRC, file));
    expect(offenders).toEqual([]);
  });

  it("node.ts is not imported by any other module", () => {
    const importers = sources(SRC).filter((file) =>
      /from "\.\.?\/(?:\.\.\/)*node\.js"/.test(readFileSync(file, "utf8")),
    );
    expect(importers).toEqual([]);
  });
});
