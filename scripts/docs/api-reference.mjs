#!/usr/bin/env node
/**
 * `pnpm docs`: the API reference of every publishable package (TypeDoc, from
 * the JSDoc), one module per entry point of each package's `exports`, written
 * to docs/api/ (not committed). Fails on an undocumented export (function,
 * class, interface, type, constant, method) or a broken `{@link}`: every
 * TypeDoc warning is an error here.
 */
import { join, relative } from "node:path";
import { Application, LogLevel } from "typedoc";
import { publishablePackages, ROOT } from "../workspace/packages.mjs";

const packages = publishablePackages();
const entryPoints = packages.flatMap((pkg) =>
  Object.values(pkg.manifest.exports ?? {})
    .filter((target) => typeof target === "object" && typeof target.source === "string")
    .map((target) => relative(ROOT, join(pkg.dir, target.source))),
);

const app = await Application.bootstrapWithPlugins({
  name: "Catalyse API",
  entryPoints,
  entryPointStrategy: "resolve",
  tsconfig: join(ROOT, "tsconfig.json"),
  out: join(ROOT, "docs/api"),
  readme: "none",
  excludePrivate: true,
  excludeInternal: true,
  excludeExternals: true,
  // No source links: they need a git remote, which a clone made from a local folder (CI) may lack.
  disableSources: true,
  validation: { notExported: true, invalidLink: true, notDocumented: true },
  // Checked in our own packages (TypeDoc defaults to the root package, which exports nothing).
  packagesRequiringDocumentation: packages.map((pkg) => pkg.name),
  requiredToBeDocumented: ["Enum", "Variable", "Function", "Class", "Interface", "TypeAlias", "Method"],
  treatWarningsAsErrors: false,
  treatValidationWarningsAsErrors: true,
  logLevel: LogLevel.Warn,
});
const project = await app.convert();
if (!project) process.exit(1);
app.validate(project);
if (app.logger.hasErrors() || app.logger.hasWarnings()) {
  process.stderr.write(
    "docs: TypeDoc warnings above; document the exports it names (JSDoc) or fix the links.\n",
  );
  process.exit(1);
}
await app.generateDocs(project, app.options.getValue("out"));
if (app.logger.hasErrors()) process.exit(1);
process.stderr.write(`docs: API reference of ${entryPoints.length} entry points in docs/api/\n`);
