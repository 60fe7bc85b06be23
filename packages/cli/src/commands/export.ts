import { extname, resolve } from "node:path";
import { streamTerritory, writeIndexParquet, writeTerritoryParquet } from "@catalyse/bulk";
import { TERRITORY_FORMATS, type TerritoryFormat } from "@catalyse/io";
import { writeTerritoryPath } from "@catalyse/io/node";
import type { CommandContext } from "../context.js";
import { UsageError } from "../context.js";
import { loadTerritory, printWarnings } from "../load-territory.js";
import { prepareOut } from "../out-path.js";
import { CSV_DIALECT_OPTION, parseCsvDialect, parseFormat, singleInput } from "../output.js";
import { createProgress } from "../progress.js";
import type { Command, ParsedArgs } from "./command.js";

const FORMATS = ["parquet", ...TERRITORY_FORMATS] as const;

export const exportCommand: Command = {
  name: "export",
  help: {
    arguments: "cli.help.territory-argument",
    options: ["cli.export.options", "cli.help.csv-dialect"],
  },
  options: {
    ...CSV_DIALECT_OPTION,
    format: { type: "string" },
    out: { type: "string" },
    stream: { type: "boolean" },
  },
  async run(args: ParsedArgs, context: CommandContext): Promise<number> {
    const format = parseFormat(args.values.format, FORMATS);
    const dialect = parseCsvDialect(args.values["csv-dialect"]);
    const input = singleInput(args.positionals);
    const out = args.values.out;
    if (typeof out !== "string") throw new UsageError("cli.export.missing-out");
    if (args.values.stream === true && format !== "parquet")
      throw new UsageError("cli.export.stream-parquet");
    if ((format === "csv" || format === "parquet") && extname(out) !== "")
      throw new UsageError("cli.error.out-writes-folder", {
        out,
        format,
        files: format === "csv" ? "actors.csv, links.csv, territory.json" : "nodes.parquet, edges.parquet",
      });
    // See out-path.ts: never an input, an existing one only with --force, folders created.
    const kind = format === "csv" || format === "parquet" || extname(out) === "" ? "folder" : "file";
    const target = await prepareOut(out, kind, context);
    if (args.values.stream === true) {
      const progress = createProgress(context, context.t.t("cli.progress.read"));
      const streamed = await streamTerritory(resolve(context.cwd, input), { onProgress: progress.update });
      progress.finish();
      printWarnings(streamed.warnings, context);
      const written = writeIndexParquet(streamed.index, target, streamed.labels);
      context.stderr(`${context.t.t("cli.export.parquet", { ...written })}\n`);
      return 0;
    }
    const graph = await loadTerritory(input, context);
    if (format === "parquet") {
      const written = writeTerritoryParquet(graph, target);
      context.stderr(`${context.t.t("cli.export.parquet", { ...written })}\n`);
      return 0;
    }
    const files = await writeTerritoryPath(graph, target, format as TerritoryFormat, { csv: { dialect } });
    context.stderr(`${context.t.t("cli.wrote", { file: files.join(", ") })}\n`);
    return 0;
  },
};
