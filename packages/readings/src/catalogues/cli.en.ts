/**
 * The `catalyse` command line: help, table titles and headers that are not
 * figure labels (those come from `figure.*`), notices, warnings and errors.
 * No sentence here says anything about a figure's value: the tables print the
 * readings (`reading.*`) for that. Metavariables are in capitals (FOLDER,
 * FILE): angle brackets are ICU tag syntax.
 */
import type { Catalogue } from "../catalogue.js";

const COLUMN = "                    ";

export const cliEn = {
  // catalyse --help, catalyse CMD --help
  "cli.help.intro":
    "catalyse: measure territorial alliance networks (who links whom, do the worlds talk, who are the bridges)",
  "cli.help.usage": "Usage: catalyse COMMAND [options]",
  "cli.help.commands": "Commands:",
  "cli.help.more":
    "Run `catalyse COMMAND --help` for a command’s options, `catalyse explain TERM` for a word.",
  "cli.help.command-usage": "Usage: catalyse {command} {synopsis}",
  "cli.help.arguments": "Arguments:",
  "cli.help.options": "Options:",
  "cli.help.common-options": `  --lang LANG       fr or en: the language of everything printed (default: from
${COLUMN}LC_ALL or LANG, else en)
  --force           let --out replace an existing file (an existing --out is refused
${COLUMN}without it; --out never names an input or a path inside one)
  --max-input-mb N  read inputs up to N MB (default 256 MB per file, 16 MB of XML
${COLUMN}for .gexf, .graphml and .xlsx); devices and pipes are never read
  --debug           show stack traces of internal errors
  -h, --help        show this help`,
  "cli.help.territory-argument": `  FOLDER|FILE       a territory folder (actors.csv + links.csv [+ territory.json])
${COLUMN}or a .xlsx, .gexf, .graphml or .json file`,
  "cli.help.territories-argument": `  FOLDER|FILE...    two or more territories (folders or files, as for analyze)`,
  "cli.help.out": "  --out FILE        write the result to FILE instead of stdout",
  "cli.help.csv-dialect": `  --csv-dialect D   rfc4180 (default: commas, decimal point) or excel-fr
${COLUMN}(semicolons, decimal commas, UTF-8 with BOM: opens as is in
${COLUMN}French Excel)`,
  "cli.help.scale": `  --threads N       worker threads for betweenness, closeness and null-model
${COLUMN}replicates; default: the machine’s cores, used when the
${COLUMN}work is large enough (more than 1e9 link visits, n · 2m
${COLUMN}per metric or per replicate × K) or N is given
  --approx E[,D]    sample betweenness: every actor within E of the exact value
${COLUMN}with probability 1 − D (default D 0.1); automatic, with a
${COLUMN}notice, above 1e10 link visits (n · 2m)
  --exact           never sample betweenness`,

  // analyze
  "cli.analyze.summary": "analyse a territory: structure, centrality, communities, who stands in the middle",
  "cli.analyze.synopsis": "FOLDER|FILE [options]",
  "cli.analyze.options": `  --format FORMAT   table (default, for people), json (the analysis document)
${COLUMN}or csv (the actor table)
  --null K          compare every polycentricity figure with K random rewirings
${COLUMN}and K shuffles of worlds (z-scores, p-values); default 0
  --reader R        auto (default), stream or full: how a folder is read. stream
${COLUMN}goes straight from the CSV files into the compact index
${COLUMN}(link dates, types and extra columns are not read); full
${COLUMN}reads and checks every column; auto streams when links.csv
${COLUMN}passes {megabytes} MB (about 500,000 links) and says so
  --by-type         add the layers section: one network per link type (links,
${COLUMN}density, centralization, brokers), their overlaps, and the
${COLUMN}kinds of alliance each actor spans`,
  "cli.analyze.by-type-streamed":
    "--by-type needs link types, which a streamed territory does not read; add --reader full",
  "cli.analyze.notes": `Warnings go to stderr, so stdout holds only the result.

Example:
  catalyse analyze datasets/seed-ecosystem --format json --out analysis.json`,
  "cli.analyze.untitled": "Territory",
  "cli.analyze.worlds": "Worlds",
  "cli.analyze.readings": "What the figures say",
  "cli.analyze.key-figures": "Key figures",
  "cli.analyze.top": "{count, plural, one {The top actor} other {The # top actors}} by {figure}",
  "cli.analyze.top-brokers":
    "The brokers: paths between other actors each one brokers, by the worlds at both ends",
  "cli.analyze.against-chance":
    "Against chance: {replicates, plural, one {# rewiring} other {# rewirings}} keeping each actor’s number of links, and as many shuffles of worlds (|z| > 2 is rarely chance)",

  // The null models' columns
  "cli.null.figure": "figure",
  "cli.null.model": "compared with",
  "cli.null.observed": "observed",
  "cli.null.chance": "chance",
  "cli.null.rewiring": "rewired links",
  "cli.null.permutation": "shuffled worlds",

  // centrality
  "cli.centrality.summary":
    "compute only the centrality metrics asked for (betweenness, closeness, PageRank…)",
  "cli.centrality.synopsis": "FOLDER|FILE [options]",
  "cli.centrality.options": `  --metrics LIST    comma-separated, default all: {fields}
  --format FORMAT   table (default: the top actors by the first metric), json (the
${COLUMN}analysis document’s shape with only these fields) or csv (every actor)
  --top N           actors shown in the table (default {top}; 0 = all)`,
  "cli.centrality.notes": `Betweenness is exact (Brandes): on tens of thousands of actors it takes
seconds to minutes; ask only for the metrics you need.

Example:
  catalyse centrality datasets/seed-ecosystem --metrics betweenness,pagerank --format csv`,
  "cli.centrality.top":
    "{shown, plural, one {The top actor} other {The # top actors}} of {total}, by {figure}",
  "cli.centrality.all": "{total, plural, one {The only actor} other {All # actors}}, by {figure}",
  "cli.centrality.unknown-metrics":
    "--metrics {value}: unknown {unknown}; expected a comma-separated list of {fields}",
  "cli.centrality.no-metric": "--metrics {value}: no metric; expected a comma-separated list of {fields}",

  // communities
  "cli.communities.summary": "find communities (Leiden or Louvain) and read them against the worlds",
  "cli.communities.synopsis": "FOLDER|FILE [options]",
  "cli.communities.options": `  --method METHOD   leiden (default: well-connected communities) or louvain
${COLUMN}(as Gephi; may return badly connected communities)
  --resolution R    modularity resolution γ ≥ 0; larger gives smaller
${COLUMN}communities (default 1)
  --seed S          seed of the (first) run, for reproducible results (default {seed})
  --runs K          run K seeds S, S+1, …; report modularity mean and spread,
${COLUMN}link consensus, and keep the best run (default 1)
  --top N           central actors (by strength) listed per community (default 3)
  --format FORMAT   table (default), json, or csv (one row per actor)`,
  "cli.communities.notes": `Directed territories are read as undirected (reciprocal links summed).
A community holding every world of the territory is flagged as a
co-construction cluster.

Examples:
  catalyse communities datasets/seed-ecosystem
  catalyse communities territory.xlsx --runs 20 --seed 1 --format json --out communities.json`,
  "cli.communities.title":
    "{name}: {method, select, louvain {Louvain} other {Leiden}} communities, resolution {resolution}, seed {seed}",
  "cli.communities.quality": "(at γ = 1; {quality} at γ = {resolution})",
  "cli.communities.against-worlds":
    "Against worlds: NMI {nmi}   adjusted Rand {rand}   (1: the communities are the worlds; near 0: they cross worlds)",
  "cli.communities.stability":
    "Stability over {runs} runs (seeds {first}–{last}): modularity {mean} ± {sd} (sd), link consensus {consensus}; best run: seed {best}",
  "cli.communities.size": "actors",
  "cli.communities.entropy": "entropy",
  "cli.communities.blau": "Blau",
  "cli.communities.co-construction": "co-construction",
  "cli.communities.central-actors": "central actors",
  "cli.communities.yes": "yes ★",
  "cli.communities.clusters":
    "★ {count, plural, one {# co-construction cluster} other {# co-construction clusters}}: communities mixing all {worlds} worlds of the territory.",
  "cli.communities.no-cluster": "No community mixes all the worlds of the territory.",
  "cli.communities.method": "--method {value} is not supported; expected one of {expected}",

  // compare
  "cli.compare.summary": "compare territories side by side: figures, ranks, z-scores against null models",
  "cli.compare.synopsis": "FOLDER|FILE... [options]",
  "cli.compare.options": `  --null K          judge each figure against K random networks of the same
${COLUMN}territory (degrees kept; worlds shuffled for world figures)
${COLUMN}and print z-scores (default 0: none)
  --seed N          seed of the null models (default {seed})
  --qap-permutations N
${COLUMN}permutations for the p-value of the QAP same-world
${COLUMN}coefficient (default {qapPermutations}; 0: none); territories
${COLUMN}above {qapMaxDyads} pairs of actors are not run
  --format FORMAT   table (default), json or csv`,
  "cli.compare.notes": `Ranks: 1 is the largest value of a column; equal values share a rank.

Example:
  catalyse compare datasets/pilots/* --null 50`,
  "cli.compare.territory": "territory",
  "cli.compare.figures": "Figures",
  "cli.compare.ranks": "Ranks (1 = largest)",
  "cli.compare.z": "z-scores against null models",
  "cli.compare.governance": "Governance reading",
  "cli.compare.qap.note": "Note",
  "cli.compare.standout": "What stands out",

  // timeline
  "cli.timeline.summary": "follow a territory through time: snapshots per year and weak signals",
  "cli.timeline.synopsis": "FOLDER|FILE [options]",
  "cli.timeline.arguments": "  FOLDER|FILE       a territory whose links carry start and end dates",
  "cli.timeline.options": `  --step STEP       year (default) or a number of years between snapshots
  --format FORMAT   table (default), json (steps and signals) or csv (the steps)`,
  "cli.timeline.notes": `A link is active from its start (or always, without one) to its end (or now);
a membership of a collective likewise, within its collective’s own dates.
An actor is present with at least one active link or membership, or from its
own start date.

Example:
  catalyse timeline datasets/seed-ecosystem --step 2`,
  "cli.timeline.title":
    "{name}: {steps, plural, one {# step} other {# steps}} of {years, plural, one {# year} other {# years}}",
  "cli.timeline.undated": "No link or actor carries a date: there is no timeline to show.",
  "cli.timeline.year": "year",
  "cli.timeline.worlds": "worlds",
  "cli.timeline.signals": "Weak signals",
  "cli.timeline.step": "--step {value} is not valid; expected “year” or a whole number of years ≥ 1",

  // report
  "cli.report.summary": "write a report people can read: one territory, or a comparison of several",
  "cli.report.synopsis": "FOLDER|FILE... --out FILE [options]",
  "cli.report.arguments": "  FOLDER|FILE...    one territory (its report) or several (the comparison report)",
  "cli.report.options": `  --out FILE        where to write the report (default: stdout)
  --format FORMAT   html (default: one self-contained file, charts inline,
${COLUMN}no network needed, prints on A4) or md (Markdown)
  --pilots DIR      folder of territories to place a single territory among
${COLUMN}(default: {pilots} when it exists)
  --null K          judge each figure against K random networks of the same
${COLUMN}territory and show the z-scores (default 0: none)
  --seed N          seed of the map layout, null models and QAP (default {seed})
  --by-type         add the kinds of alliance: one network per link type
  --qap-permutations N
${COLUMN}permutations for the p-value of the QAP same-world
${COLUMN}coefficient (default {qapPermutations}; 0: none); territories
${COLUMN}above {qapMaxDyads} pairs of actors are not run`,
  "cli.report.notes": `The report is written in the language of --lang.

Examples:
  catalyse report datasets/seed-ecosystem --out seed.html
  catalyse report datasets/pilots/* --lang fr --out pilotes.html`,
  "cli.report.no-pilots": "--pilots {folder} is not a folder; no comparison",
  "cli.report.step.analyse": "analyse {name}",
  "cli.report.step.timeline": "timeline",
  "cli.report.step.layout": "layout",
  "cli.report.step.compare": "compare",

  // export
  "cli.export.summary":
    "write a territory in another format: Parquet (Spark GraphFrames, Neo4j GDS), CSV, XLSX, GEXF, GraphML, JSON",
  "cli.export.synopsis": "FOLDER|FILE --format FORMAT --out PATH [options]",
  "cli.export.options": `  --format FORMAT   parquet (default): a folder with nodes.parquet (id, label,
${COLUMN}world, lat, lon, attributes) and edges.parquet (src, dst,
${COLUMN}weight, type, start, end, merged, attributes), the columns
${COLUMN}Spark GraphFrames expects; or csv, xlsx, gexf, graphml, json
  --out PATH        the folder (parquet, csv) or file to write
  --stream          parquet from a folder only: stream the CSV files in bounded
${COLUMN}memory (ids, labels, worlds and weights; no dates or types),
${COLUMN}for territories too large for memory`,
  "cli.export.notes": `Example:
  catalyse export datasets/seed-ecosystem --format parquet --out out/parquet`,
  "cli.export.parquet":
    "wrote {nodesFile} ({nodes, plural, one {# actor} other {# actors}}) and {edgesFile} ({edges, plural, one {# link} other {# links}})",
  "cli.export.missing-out": "missing --out PATH; expected where to write the export",
  "cli.export.stream-parquet": "--stream works with --format parquet only",

  // validate
  "cli.validate.summary": "check territory folders or files and list every problem, or print OK with counts",
  "cli.validate.synopsis": "FOLDER|FILE... [options]",
  "cli.validate.arguments": `  FOLDER|FILE...    one or more territory folders (actors.csv + links.csv
${COLUMN}[+ territory.json]) or .xlsx, .gexf, .graphml or .json files;
${COLUMN}a folder of territory folders (datasets/) checks each one`,
  "cli.validate.options": "  --strict          fail (exit 1) on warnings too (merged links, missing worlds…)",
  "cli.validate.notes": `Prints every problem as file:line:column, what was found and what was expected,
then exits 1; or one line per input:
  OK datasets/seed-ecosystem: 36 actors, 54 links, 6 worlds, 0 warnings

Examples:
  catalyse validate datasets/seed-ecosystem
  catalyse validate datasets`,
  "cli.validate.ok":
    "OK {input}: {actors, plural, one {# actor} other {# actors}}, {links, plural, one {# link} other {# links}}, {collectives, plural, =0 {} one {# collective, } other {# collectives, }}{collectives, plural, =0 {} other {{memberships, plural, one {# membership, } other {# memberships, }}}}{worlds, plural, one {# world} other {# worlds}}, {warnings, plural, one {# warning} other {# warnings}}",
  "cli.validate.strict-fail":
    "FAIL {input}: {actors, plural, one {# actor} other {# actors}}, {links, plural, one {# link} other {# links}}, {collectives, plural, =0 {} one {# collective, } other {# collectives, }}{collectives, plural, =0 {} other {{memberships, plural, one {# membership, } other {# memberships, }}}}{worlds, plural, one {# world} other {# worlds}}, {warnings, plural, one {# warning} other {# warnings}} (--strict: warnings fail)",
  "cli.validate.fail": "FAIL {input}: {errors, plural, one {# error} other {# errors}}",
  "cli.validate.all-valid": "all {count} territories valid",
  "cli.validate.some-invalid": "{failed} of {count} territories invalid",
  "cli.validate.missing-input": "missing input; expected one or more territory folders or files",
  "cli.validate.column": "(column “{field}”)",

  // explain
  "cli.explain.summary": "say in one plain line what a word of the results means (catalyse explain TERM)",
  "cli.explain.synopsis": "[TERM]",
  "cli.explain.arguments": `  TERM              a word of the results, in English or in French (betweenness,
${COLUMN}"E-I index", intermédiarité…); without one, every term`,
  "cli.explain.notes": `Examples:
  catalyse explain betweenness
  catalyse explain "indice E-I" --lang fr`,
  "cli.explain.entry": "{name}: {line}",
  "cli.explain.unknown": "no term “{term}” in the glossary; run `catalyse explain` for the list",
  "cli.explain.one-term": "expected one term, got {count}",

  // qap
  "cli.qap.summary": "QAP regression: do shared worlds, attributes or distance explain who allies with whom?",
  "cli.qap.synopsis": "FOLDER|FILE [options]",
  "cli.qap.options": `  --predictors LIST comma-separated (default same-world):
                      same-world        both actors in the same world
                      same-ATTRIBUTE    both with the same value of an actor attribute
                      distance          km between coordinates when every actor has
                                        them, else steps through others (own link
                                        set aside)
                      co-membership     collectives both belong to (needs collectives)
                      ATTRIBUTE         a numeric actor attribute, as |difference|
  --logistic        logistic regression of link presence (default: linear, as netlm)
  --weighted        explain link weights instead of link presence (linear only)
  --permutations N  permutations per coefficient for p-values (default {permutations})
  --seed S          seed of the permutations (default {seed})
  --format FORMAT   table (default) or json`,
  "cli.qap.notes": `One row per pair of actors (ordered pairs when the territory is directed).
p-values: Dekker, Krackhardt and Snijders (2007) double semi-partialling.

Examples:
  catalyse qap datasets/seed-ecosystem --predictors same-world,distance
  catalyse qap territory.xlsx --predictors same-world,same-commune,budget --format json`,
  "cli.qap.predictors": "--predictors is empty; expected e.g. same-world,distance",
  "cli.qap.error": "{message}",
  "cli.help.projection": `  --projection P    how collectives (collectives.csv + memberships.csv) enter the
${COLUMN}network: newman (default: each collective of k members adds
${COLUMN}1/(k-1) between each two members), count (one per shared
${COLUMN}collective) or none (collectives only in two-mode figures)`,
  "cli.error.projection": "--projection {value}: expected one of {expected}",

  // Shared messages
  "cli.wrote": "wrote {file}",
  "cli.warning": "warning: {text}",
  "cli.notice": "notice: {text}",
  "cli.notice.sampled":
    "betweenness approximated (Riondato & Kornaropoulos 2016): within ε = {epsilon} with probability {probability} ({automatic, select, yes {{actors} actors and {links} links exceed the exact budget; pass --exact to force Brandes} other {as requested}})",
  "cli.notice.streamed":
    "the links file is {megabytes} MB: streamed straight into the compact index; link dates, types and extra columns are not read (--reader full reads and checks them)",
  "cli.progress.null-models": "null models: {step}",
  "cli.progress.structure": "structure",
  "cli.progress.centrality": "centrality",
  "cli.progress.communities": "communities",
  "cli.progress.polycentricity": "no one in the middle",
  "cli.progress.done": "done",
  "cli.progress.rewiring": "rewiring",
  "cli.progress.permutation": "shuffling worlds",
  "cli.progress.read": "read",

  // Errors
  "cli.error.unknown-command": "catalyse: unknown command “{name}”; expected one of: {commands}",
  "cli.error.in-command": "catalyse {command}: {message}",
  "cli.error.input": "catalyse {command}: {count, plural, one {# problem} other {# problems}} in the input:",
  "cli.error.see-help": "Run `catalyse {command} --help` for usage.",
  "cli.error.out-is-input": "--out {out} is the input {input}; writing would destroy it. Choose another path",
  "cli.error.out-inside-input":
    "--out {out} is inside the input folder {input}; writing there would change the territory being read. Choose a path outside it",
  "cli.error.out-is-folder": "--out {out} is a folder; expected a file path",
  "cli.error.out-exists":
    "--out {out} already exists; add --force to replace {kind, select, file {it} other {the files it holds}}, or choose another path",
  "cli.error.out-folder": "--out {out}: cannot create the folder {folder}: {reason}",
  "cli.error.out-write": "--out {out}: cannot write: {reason}",
  "cli.error.out-reason":
    "{code, select, EROFS {the file system is read-only} EACCES {permission denied} EPERM {permission denied} ENOTDIR {a file stands where a folder is needed} EEXIST {a file stands where a folder is needed} ENOSPC {no space left on the device} EISDIR {it is a folder} other {{message}}}",
  "cli.error.out-writes-folder":
    "--out {out}: --format {format} writes a folder ({files}); give a folder path such as out/{format}",
  "cli.error.debug": "(run with --debug for details)",
  "cli.error.unknown-option": "unknown option {option}",
  "cli.error.option-value": "option {option} needs a value",
  "cli.error.unexpected-argument": "unexpected argument “{argument}”",
  "cli.error.format": "--format {value} is not supported; expected one of {expected}",
  "cli.error.csv-dialect": "--csv-dialect {value} is not supported; expected one of {expected}",
  "cli.error.lang": "--lang {value} is not supported; expected fr or en",
  "cli.error.number":
    "--{name} {value} is not valid; expected {kind, select, integer {an integer} other {a number}}{bound, select, none {} other { ≥ {bound}}}",
  "cli.error.missing-input": "missing input; expected a territory folder or file",
  "cli.error.one-input": "expected one input, got {count}",
  "cli.error.approx-exact": "--approx and --exact exclude each other; give one",
  "cli.error.approx":
    "--approx {value} is not valid; expected E or E,D with E and D between 0 and 1 (exclusive)",
  "cli.error.reader": "--reader {value}: expected one of {expected}",
  "cli.error.reader-stream": "--reader stream: {path} is not a folder with a links.csv (or liens.csv)",
  "cli.error.no-territory": "missing input; expected at least one territory folder or file",
} as const satisfies Catalogue;
