import { extname, resolve } from "node:path";
import { streamTerritory, writeIndexParquet, writeTerritoryParquet } from "@catalyse/bulk";
import { TERRITORY_FORMATS, type TerritoryFormat } from "@catalyse/io";
import { writeTerritoryPath } from "@catalyse/io/node";
import type { CliContext } from "../context.js";
import { UsageError } from "../context.js";
import { contextTranslator, formatWarning } from "../format-problem.js";
import { loadTerritory } from "../load-territory.js";
import { prepareOut } from "../out-path.js";
import { parseFormat, singleInput } from "../output.js";
import { createProgress } from "../progress.js";
import type { Command, ParsedArgs } from "./command.js";

const FORMATS = ["parquet", ...TERRITORY_FORMATS] as const;

export const exportCommand: Command = {
  name: "export",
  summary:
    "write a territory in another format: Parquet (Spark GraphFrames, Neo4j GDS), CSV, XLSX, GEXF, GraphML, JSON",
  usage: `<folder|file> --format FORMAT --out PATH [options]

Arguments:
  <folder|file>     a territory folder (actors.csv + links.csv [+ territory.json])
                    or a .xlsx, .gexf, .graphml or .json file

Options:
  --format FORMAT   parquet (default): a folder with nodes.parquet (id, label,
                    world, lat, lon, attributes) and edges.parquet (src, dst,
                    weight, type, start, end, merged, attributes), the columns
                    Spark GraphFrames expects; or csv, xlsx, gexf, graphml, json
  --out PATH        the folder (parquet, csv) or file to write; an existing one
                    is refused without --force, an input always
  --stream          parquet from a folder only: stream the CSV files in bounded
                    memory (ids, labels, worlds and weights; no dates or types),
                    for territories too large for memory
  --debug           show stack traces of internal errors
  -h, --help        show this help

Example:
  catalyse export datasets/seed-ecosystem --format parquet --out out/parquet
`,
  options: {
    format: { type: "string" },
    out: { type: "string" },
    stream: { type: "boolean" },
  },
  async run(args: ParsedArgs, context: CliContext): Promise<number> {
    const format = parseFormat(args.values.format, FORMATS);
    const input = singleInput(args.positionals);
    const out = args.values.out;
    if (typeof out !== "string")
      throw new UsageError("missing --out PATH; expected where to write the export");
    if (args.values.stream === true && format !== "parquet")
      throw new UsageError("--stream works with --format parquet only");
    if ((format === "csv" || format === "parquet") && extname(out) !== "")
      throw new UsageError(
        `--out ${out}: --format ${format} writes a folder (${format === "csv" ? "actors.csv, links.csv, territory.json" : "nodes.parquet, edges.parquet"}); give a folder path such as out/${format}`,
      );
    const kind = format === "csv" || format === "parquet" || extname(out) === "" ? "folder" : "file";
    const target = await prepareOut(out, kind, context);
    if (args.values.stream === true) {
      const progress = createProgress(context, "read");
      const streamed = await streamTerritory(resolve(context.cwd, input), { onProgress: progress.update });
      progress.finish();
      const translator = contextTranslator(context);
      for (const warning of streamed.warnings) context.stderr(`${formatWarning(warning, translator)}\n`);
      const written = writeIndexParquet(streamed.index, target, streamed.labels);
      context.stderr(
        `wrote ${written.nodesFile} (${written.nodes} actors) and ${written.edgesFile} (${written.edges} links)\n`,
      );
      return 0;
    }
    const graph = await loadTerritory(input, context);
    if (format === "parquet") {
      const written = writeTerritoryParquet(graph, target);
      context.stderr(
        `wrote ${written.nodesFile} (${written.nodes} actors) and ${written.edgesFile} (${written.edges} links)\n`,
      );
      return 0;
    }
    const files = await writeTerritoryPath(graph, target, format as TerritoryFormat);
    context.stderr(`wrote ${files.join(", ")}\n`);
    return 0;
  },
};
