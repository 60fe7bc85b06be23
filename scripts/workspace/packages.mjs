/**
 * The workspace's publishable packages (every package whose manifest is not
 * `private`), found from pnpm-workspace.yaml rather than a hand list, so that
 * a new package is built, packed, smoke-tested and documented without editing
 * the scripts that do it. Plain JavaScript: `pnpm build` runs it before any
 * TypeScript is compiled.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root. */
export const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/**
 * The folders pnpm-workspace.yaml lists. Only the two glob forms this
 * repository uses are read (`dir` and `dir/*`); anything else fails loudly
 * rather than silently skipping packages.
 */
export function workspaceFolders(root = ROOT) {
  const yaml = readFileSync(join(root, "pnpm-workspace.yaml"), "utf8");
  const block = yaml.split(/^packages:\s*$/m)[1] ?? "";
  const folders = [];
  for (const line of block.split("\n")) {
    if (/^\S/.test(line)) break;
    const match = /^\s+-\s+["']?([^"'\s]+)["']?\s*$/.exec(line);
    if (!match) continue;
    const pattern = match[1];
    if (pattern.endsWith("/*")) {
      const parent = join(root, pattern.slice(0, -2));
      for (const entry of readdirSync(parent, { withFileTypes: true }).sort((a, b) =>
        a.name.localeCompare(b.name),
      ))
        if (entry.isDirectory()) folders.push(join(parent, entry.name));
    } else if (!pattern.includes("*")) {
      folders.push(join(root, pattern));
    } else {
      throw new Error(
        `pnpm-workspace.yaml: the pattern "${pattern}" is not read by scripts/workspace/packages.mjs; use "dir" or "dir/*"`,
      );
    }
  }
  return folders.filter((folder) => existsSync(join(folder, "package.json")));
}

/**
 * Every non-private workspace package, in dependency order (a package comes
 * after the workspace packages it depends on).
 * @returns {{ name: string, dir: string, manifest: Record<string, any> }[]}
 */
export function publishablePackages(root = ROOT) {
  const packages = workspaceFolders(root)
    .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) }))
    .filter(({ manifest }) => manifest.private !== true)
    .map(({ dir, manifest }) => ({ name: manifest.name, dir, manifest }));
  const byName = new Map(packages.map((pkg) => [pkg.name, pkg]));
  const ordered = [];
  const seen = new Set();
  const visit = (pkg, path) => {
    if (seen.has(pkg.name)) return;
    if (path.includes(pkg.name))
      throw new Error(`workspace dependency cycle: ${[...path, pkg.name].join(" → ")}`);
    for (const dep of workspaceDependencies(pkg.manifest)) {
      const target = byName.get(dep);
      if (target) visit(target, [...path, pkg.name]);
    }
    seen.add(pkg.name);
    ordered.push(pkg);
  };
  for (const pkg of packages) visit(pkg, []);
  return ordered;
}

/** Names of the workspace packages `manifest` depends on (dependencies and devDependencies). */
export function workspaceDependencies(manifest) {
  const names = new Set();
  for (const field of ["dependencies", "devDependencies", "peerDependencies"])
    for (const [name, range] of Object.entries(manifest[field] ?? {}))
      if (String(range).startsWith("workspace:")) names.add(name);
  return [...names];
}
