#!/usr/bin/env node
/**
 * The packed-install smoke test: what a user of the published packages gets.
 * 1. `pnpm pack` every publishable workspace package (after a build made in this run);
 * 2. install the tarballs with npm into a scratch project outside the workspace
 *    (so no `source` condition, no workspace links, no hoisted devDependencies);
 * 3. typecheck `examples/` against them with strict TypeScript
 *    (exactOptionalPropertyTypes, noUncheckedIndexedAccess, skipLibCheck: false);
 * 4. run the Node examples on a bundled territory and the installed `catalyse` command;
 * 5. bundle the browser example and every browser-safe entry point with Vite,
 *    failing when a Node built-in slips into a browser bundle.
 * Usage: node scripts/smoke/packed-install.mjs [--keep]  (keeps the scratch folder)
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { publishablePackages, ROOT } from "../workspace/packages.mjs";

const keep = process.argv.includes("--keep");
const rootManifest = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
const scratch = mkdtempSync(join(tmpdir(), "catalyse-smoke-"));
const step = (text) => process.stderr.write(`smoke: ${text}\n`);
const run = (command, args, options = {}) =>
  execFileSync(command, args, { stdio: ["ignore", "pipe", "inherit"], encoding: "utf8", ...options });
const check = (condition, message) => {
  if (!condition) throw new Error(`smoke: ${message}`);
};

/** An entry point is Node-only when its package says so or its subpath is `./node`. */
function browserEntries(pkg) {
  if (pkg.manifest.catalyse?.platform === "node") return [];
  return Object.keys(pkg.manifest.exports ?? {})
    .filter((subpath) => subpath !== "./package.json" && !/(^|[/-])node($|-)/.test(subpath))
    .map((subpath) => (subpath === "." ? pkg.name : `${pkg.name}/${subpath.slice(2)}`));
}

try {
  step("build");
  run(process.execPath, [join(ROOT, "scripts/build/build.mjs")], { stdio: "inherit" });

  const packages = publishablePackages();
  const tarballs = join(scratch, "tarballs");
  mkdirSync(tarballs);
  for (const pkg of packages) {
    step(`pack ${pkg.name}`);
    run("pnpm", ["pack", "--pack-destination", tarballs], {
      cwd: pkg.dir,
      stdio: ["ignore", "ignore", "inherit"],
    });
  }
  const packed = readdirSync(tarballs).filter((name) => name.endsWith(".tgz"));
  check(packed.length === packages.length, `expected ${packages.length} tarballs, found ${packed.length}`);
  for (const name of packed) {
    const listing = run("tar", ["-tzf", join(tarballs, name)]);
    check(listing.includes("package/dist/index.d.ts"), `${name} has no dist/index.d.ts`);
    check(!listing.includes(".tsbuildinfo"), `${name} ships a .tsbuildinfo`);
    const manifest = JSON.parse(run("tar", ["-xzOf", join(tarballs, name), "package/package.json"]));
    check(!JSON.stringify(manifest).includes("workspace:"), `${name} still names workspace: ranges`);
  }

  const project = join(scratch, "consumer");
  mkdirSync(project);
  cpSync(join(ROOT, "examples"), join(project, "examples"), { recursive: true });
  writeFileSync(
    join(project, "package.json"),
    JSON.stringify({ name: "catalyse-consumer", private: true, type: "module" }, null, 2),
  );
  const graphology = packages.find((pkg) => pkg.name === "@catalyse/core").manifest.dependencies.graphology;
  const tools = [
    `typescript@${rootManifest.devDependencies.typescript}`,
    `@types/node@${rootManifest.devDependencies["@types/node"]}`,
    `vite@${rootManifest.devDependencies.vite}`,
    `graphology@${graphology}`,
  ];
  step(`npm install ${packed.length} tarballs + ${tools.join(" ")} in ${project}`);
  run(
    "npm",
    [
      "install",
      "--no-audit",
      "--no-fund",
      "--prefer-offline",
      ...packed.map((name) => join(tarballs, name)),
      ...tools,
    ],
    { cwd: project, stdio: ["ignore", "ignore", "inherit"] },
  );

  step(
    "typecheck the examples (strict, exactOptionalPropertyTypes, noUncheckedIndexedAccess, skipLibCheck: false)",
  );
  writeFileSync(
    join(project, "tsconfig.json"),
    JSON.stringify(
      {
        compilerOptions: {
          target: "ES2022",
          lib: ["ES2023", "DOM", "DOM.Iterable"],
          module: "NodeNext",
          moduleResolution: "NodeNext",
          strict: true,
          exactOptionalPropertyTypes: true,
          noUncheckedIndexedAccess: true,
          skipLibCheck: false,
          types: ["node"],
          outDir: "out",
          rootDir: "examples",
        },
        include: ["examples"],
      },
      null,
      2,
    ),
  );
  run(process.execPath, [join(project, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.json"], {
    cwd: project,
    stdio: "inherit",
  });

  step("run the Node examples and the installed catalyse command on datasets/seed-ecosystem");
  const seed = join(ROOT, "datasets/seed-ecosystem");
  // The workspace's own build is the reference: the packed packages must give the same document.
  const expected = JSON.parse(
    run(process.execPath, [join(ROOT, "packages/cli/dist/bin.js"), "analyze", seed, "--format", "json"]),
  );
  check(
    expected.graph.nodes > 0 && expected.graph.links > 0,
    "the workspace analysed an empty seed territory",
  );
  const report = join(project, "report.html");
  const folder = run(process.execPath, ["out/node-folder/analyze-folder.js", seed, report], { cwd: project });
  const size = `${expected.graph.nodes} actors, ${expected.graph.links} links\n`;
  check(folder.startsWith(size), `analyze-folder printed:\n${folder}\nexpected it to start with ${size}`);
  check(readFileSync(report, "utf8").startsWith("<!DOCTYPE html>"), "analyze-folder wrote no HTML report");
  const embed = run(process.execPath, ["out/graphology-app/embed.js"], { cwd: project });
  check(
    embed.startsWith("5 actors, 4 links, 5 worlds\nbetweenness of __proto__: 0.6666666666666666"),
    `embed printed:\n${embed}`,
  );
  const cli = run(join(project, "node_modules/.bin/catalyse"), ["analyze", seed, "--format", "json"]);
  check(
    JSON.stringify(JSON.parse(cli)) === JSON.stringify(expected),
    "the installed catalyse command gave another analysis document than the workspace's build",
  );

  step("bundle the browser example and every browser-safe entry point with Vite");
  const entries = packages.flatMap(browserEntries);
  writeFileSync(
    join(project, "examples/browser-entries.js"),
    entries.map((entry, i) => `export * as entry${i} from ${JSON.stringify(entry)};`).join("\n") + "\n",
  );
  const bundle = `
    import { build } from "vite";
    const quiet = { logLevel: "warn", configFile: false };
    const browserExternal = { name: "no-node-builtins", enforce: "pre", resolveId(id) {
      if (id.startsWith("node:") || id === "fs" || id === "path" || id === "worker_threads")
        throw new Error("a browser bundle imports the Node built-in " + id);
    } };
    await build({ ...quiet, root: "examples/browser-drop", plugins: [browserExternal], build: { outDir: "../../bundle/browser-drop", emptyOutDir: true } });
    await build({ ...quiet, plugins: [browserExternal], build: { outDir: "bundle/entries", emptyOutDir: true,
      lib: { entry: "examples/browser-entries.js", formats: ["es"], fileName: "entries" } } });
  `;
  run(process.execPath, ["--input-type=module", "-e", bundle], { cwd: project, stdio: "inherit" });
  const page = readdirSync(join(project, "bundle/browser-drop/assets")).filter((name) =>
    name.endsWith(".js"),
  );
  check(page.length > 0, "the browser example built no JavaScript");
  step(`ok: ${packed.length} packages, ${entries.length} browser entry points (${entries.join(", ")})`);
} finally {
  if (keep) step(`scratch kept in ${scratch}`);
  else rmSync(scratch, { recursive: true, force: true });
}
