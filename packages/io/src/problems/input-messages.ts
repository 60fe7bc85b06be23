/**
 * The English text of every input problem, as ICU messages keyed
 * `input.<code>.found` and `input.<code>.expected`: what was found, and what
 * was expected, phrased so that it says how to fix it. This is the one source
 * of that text: readers render `found`/`expected` from it, and
 * `@catalyse/readings` serves it as its `input` catalogue, with the French
 * translation typed against these keys.
 *
 * NOTE: ICU syntax. Braces are arguments; angle brackets would be read as tags,
 * so markup (`<graph>`) is passed as a parameter; a literal `'` before `{` must be doubled.
 */
export const INPUT_MESSAGES = {
  // How a problem is printed: its place, then what was found and what was expected.
  "input.line": '{place}{hasField, select, yes { (column "{field}")} other {}}: {found}; expected {expected}',
  "input.header": "{count, plural, one {# problem} other {# problems}} in the input:",
  // Paths and files
  "input.path-missing.found": "no such file or folder",
  "input.path-missing.expected": "the path of a territory folder or file",
  "input.file-missing.found": "no such file",
  "input.file-missing.expected": "an existing file",
  "input.actors-missing.found": "no such file",
  "input.actors-missing.expected": "an actors.csv file (columns id,label,world…)",
  "input.links-missing.found": "no such file",
  "input.links-missing.expected": "a links.csv file (columns source,target,weight…)",
  "input.collectives-missing.found": "no such file",
  "input.collectives-missing.expected":
    "a collectives.csv file (columns id,label,kind…) beside memberships.csv",
  "input.folder-file-missing.found": "no such file",
  "input.folder-file-missing.expected": "actors.csv and links.csv in the folder",
  "input.special-file.found":
    "a {kind, select, fifo {named pipe (FIFO)} socket {socket} other {device}}, not a file",
  "input.special-file.expected": "an ordinary file (Catalyse does not read devices, pipes or sockets)",
  "input.too-large.found":
    "{what, select, xml {an XML document} parts {sheets that inflate to XML} other {a file}} of {size, number} MB, more than the limit of {limit, number} MB",
  "input.too-large.expected":
    "a smaller file; if it is a real territory, raise the limit (catalyse … --max-input-mb N)",
  "input.unknown-type.found": "a file type Catalyse does not read",
  "input.unknown-type.expected":
    "a folder with actors.csv and links.csv, or a .xlsx, .gexf, .graphml or .json file (see `catalyse analyze --help`)",
  "input.single-csv.found": "a single CSV file",
  "input.single-csv.expected": "the folder that holds actors.csv and links.csv",
  // Text
  "input.binary.found": "a binary or undecodable file (control byte 0x{byte})",
  "input.binary.expected":
    "a text file in UTF-8 or Windows-1252; save the sheet as CSV, or give the .xlsx file itself",
  "input.mixed-encoding.found":
    "a file mixing two encodings: UTF-8 on line {utf8Line, number}, another encoding (Windows-1252?) on line {otherLine, number}",
  "input.mixed-encoding.expected":
    "one encoding for the whole file; open it in a text editor and save it again as UTF-8",
  // CSV
  "input.unclosed-quote.found": "a quoted cell whose closing quote is missing",
  "input.unclosed-quote.expected": 'a closing " (a quote inside a quoted cell is written twice: "")',
  "input.empty-file.found": "an empty file",
  "input.empty-file.expected": "a header line (such as id,label,world) then one line per row",
  "input.long-row.found": "a row of {cells, number} cells under a header of {columns, number} columns",
  "input.long-row.expected": 'one cell per column; quote any cell that contains the delimiter "{delimiter}"',
  // Tables (CSV and XLSX)
  "input.lost-cell.found": '"{value}" under a column without a name (ignored)',
  "input.lost-cell.expected": "a name in the header for every column that holds data",
  "input.duplicate-column.found": 'a second column "{name}"',
  "input.duplicate-column.expected": "each column once",
  "input.missing-column.found": "columns {columns}",
  "input.missing-column.expected": "a column named {field}{others, select, none {} other { (or {others})}}",
  "input.not-number.found": '"{value}"',
  "input.not-number.expected":
    "{kind, select, weight {a number > 0, such as 2.5} other {a number, such as 2.5}}{decimalComma, select, yes { or 2,5} other {}}{kind, select, weight { (an empty cell means 1)} other {}}",
  "input.not-declared-type.found": '"{value}"',
  "input.not-declared-type.expected":
    "a {type}, as the column is declared (actorAttributeTypes / linkAttributeTypes)",
  // JSON and territory.json
  "input.malformed-json.found": "malformed JSON",
  "input.malformed-json.expected":
    "{kind, select, graph {graphology serialisation JSON (attributes, options, nodes, edges)} other {a JSON object}}",
  "input.not-object.found": "a JSON value that is not an object",
  "input.not-object.expected": `an object such as '{'"name": "…", "directed": false'}'`,
  "input.meta-type.found": "{key}: {value}",
  "input.meta-type.expected":
    "{kind, select, string {a string} boolean {true or false} list {a list of strings} other {an object mapping column names to string, number, boolean, date}}",
  "input.no-nodes.found": "a JSON document without a nodes list",
  "input.no-nodes.expected": "graphology serialisation JSON (attributes, options, nodes, edges)",
  "input.bad-node.found": "{value}",
  "input.bad-node.expected": `a node '{'"key": …, "attributes": '{'…'}}'`,
  "input.bad-edge.found": "{value}",
  "input.bad-edge.expected": `an edge '{'"source": …, "target": …'}'`,
  "input.json-not-number.found": "{value}",
  "input.json-not-number.expected": "a number",
  // XML
  "input.malformed-xml.found": "malformed XML: {message}",
  "input.malformed-xml.expected": "well-formed XML (every tag closed, attributes quoted, & written &amp;)",
  "input.xml-too-deep.found": "elements nested more than {depth, number} levels deep",
  "input.xml-too-deep.expected": "a GEXF, GraphML or XLSX document (they nest fewer than ten levels)",
  "input.doctype.found": "a DOCTYPE declaration",
  "input.doctype.expected":
    "XML without a DOCTYPE (GEXF, GraphML and XLSX need none; entities are not expanded)",
  "input.reserved-name.found": 'an element or attribute named "{name}"',
  "input.reserved-name.expected":
    "other names (constructor, __proto__ and prototype are refused: they could alter JavaScript objects)",
  "input.no-root.found": "no root element",
  "input.no-root.expected": "an XML document",
  "input.not-graph.found": "a {root} document without {graph}",
  "input.not-graph.expected": "a {format} document ({start}…)",
  "input.xml-value.found": '"{value}"',
  "input.xml-value.expected": "{type, select, json {JSON} other {a {type}}}",
  // XLSX
  "input.not-workbook.found":
    "{kind, select, text {a text file, not an XLSX workbook} other {a file that is not an XLSX workbook (not a zip archive, or a damaged one)}}",
  "input.not-workbook.expected": "an .xlsx file saved by Excel or LibreOffice",
  "input.no-workbook-part.found": "an archive without xl/workbook.xml",
  "input.no-workbook-part.expected": "an .xlsx file saved by Excel or LibreOffice",
  "input.inflate-ratio.found":
    "a part that inflates {ratio, number} times ({size, number} MB to {inflated, number} MB)",
  "input.inflate-ratio.expected":
    "an ordinary workbook (sheets inflate less than {limit, number} times); this looks like a zip bomb",
  "input.sheet-part-missing.found": 'sheet "{sheet}" whose part {part} is not in the archive',
  "input.sheet-part-missing.expected":
    "a workbook whose sheets are all present; open it in Excel or LibreOffice and save it again",
  "input.missing-sheet.found": "sheets {sheets}",
  "input.missing-sheet.expected":
    "a sheet named {kind, select, actors {actors (or acteurs)} other {links (or liens)}}",
  "input.memberships-without-collectives.found": "a memberships sheet without a collectives sheet",
  "input.memberships-without-collectives.expected":
    "a sheet named collectives (or collectifs) listing the collectives",
  "input.empty-sheet.found": "an empty sheet",
  "input.empty-sheet.expected": "a header row then one row per line",
  "input.cell-outside.found": "a cell reference {ref} outside a sheet''s grid",
  "input.cell-outside.expected":
    "cells within {last} (Excel''s last cell); save the workbook again from Excel or LibreOffice",
  "input.shared-string.found": "shared string number {index}, but the workbook has {count, number}",
  "input.shared-string.expected":
    "a workbook saved by Excel or LibreOffice (xl/sharedStrings.xml is damaged)",
  // The territory model
  "input.duplicate-actor.found":
    'duplicate actor id "{id}"{line, select, none {} other { (first used on line {line})}}',
  "input.duplicate-actor.expected": "a unique id on every actor row",
  "input.unknown-actor.found": '{field} "{id}" is not an actor id',
  "input.unknown-actor.expected": "an id listed in {file}",
  "input.invalid-weight.found": "weight {value}",
  "input.invalid-weight.expected": "a number > 0 (an empty cell means 1)",
  "input.invalid-date.found": '{field} "{value}"',
  "input.invalid-date.expected": "a year (2012), a month (2012-05) or a date (2012-05-03 or 03/05/2012)",
  "input.end-before-start.found": "end {end} before start {start}",
  "input.end-before-start.expected": "an end on or after the start (or swap the two dates)",
  "input.invalid-coordinate.found": "{field} {value}",
  "input.invalid-coordinate.expected":
    "{field, select, lat {a latitude between -90 and 90} other {a longitude between -180 and 180}}",
  "input.empty-id.found": "an empty {field}",
  "input.empty-id.expected":
    "{table, select, actors {an actor id} collectives {a collective id} collective {the id of a collective} other {the id of an actor}}",
  "input.unknown-collective.found": '{field} "{id}" is not a collective id',
  "input.unknown-collective.expected": "an id listed in {file}",
  "input.duplicate-collective.found": 'duplicate collective id "{id}"',
  "input.duplicate-collective.expected": "a unique id on every collective row",
  "input.collective-actor-clash.found": 'collective id "{id}" is also an actor id',
  "input.collective-actor-clash.expected": "an id no actor has",
  "input.duplicate-membership.found":
    '"{actor}" is listed twice in collective "{collective}"{dated, select, yes { from {start}} other {}}',
  "input.duplicate-membership.expected": "each actor once per collective (and start date)",
  "input.date-before-start.found": '{field} "{value}" before the start',
  "input.date-before-start.expected": "an end on or after the start",
  "input.model.found": "{message}",
  "input.model.expected": "a valid value",
  "input.self-loops.found":
    "{count, plural, one {# self-loop} other {# self-loops}} (an actor linked to itself) dropped{first, select, yes { (first on this row)} other {}}",
  "input.self-loops.expected": "links between two different actors (self-loops are dropped)",
  "input.parallel-links.found":
    "{count, plural, one {# parallel link} other {# parallel links}} merged into existing ones (weights summed, dates widened, types listed){first, select, yes { (first on this row)} other {}}",
  "input.parallel-links.expected": "one row per pair of actors, unless merging them is intended",
  "input.missing-worlds.found":
    '{count, plural, one {# actor has} other {# actors have}} no world; set to "{world}"{first, select, yes { (first on this row)} other {}}',
  "input.missing-worlds.expected":
    "a world for every actor (association, entreprise, collectivité, État, académique, fondation…)",
  "input.nfc-collapse.found":
    'id "{id}" and id "{other}" differ only in how their accents are encoded (Unicode normalisation)',
  "input.nfc-collapse.expected": "two different ids for two actors; the two spellings are read as one id",
  "input.infinite-weight.found":
    'links between "{source}" and "{target}" whose merged weights sum past the largest number (about 1.8e308)',
  "input.infinite-weight.expected": "smaller weights (merged parallel links add their weights)",
  "input.more-problems.found": "{count, plural, one {# more problem} other {# more problems}}",
  "input.more-problems.expected": "fix the ones above first",
} as const;

/** The id of an input message (`input.<code>.found`, `.expected`, `input.line`…). */
export type InputMessageId = keyof typeof INPUT_MESSAGES;

/** The stable code of an input problem: `input.<code>.found` and `.expected` are its messages. */
export type InputProblemCode = InputMessageId extends infer K
  ? K extends `input.${infer C}.found`
    ? C
    : never
  : never;
