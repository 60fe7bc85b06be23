/**
 * The opening every XML graph reader shares: decode the bytes, parse the XML
 * (malformed XML reported at its line and column), and check the document is
 * `<rootName>…<graph>`.
 */
import { decodeText } from "../decode.js";
import { InputError, type InputProblem } from "../errors.js";
import { fileSizeProblem, type ReadOptions, resolveLimits } from "../limits.js";
import { inputProblem } from "../problems/input-problem.js";
import type { InputFile } from "../read-result.js";
import { childNamed, parseXml, type XmlElement } from "./parse-xml.js";

export interface GraphDocument {
  root: XmlElement;
  graph: XmlElement;
  /** Problems found so far; readers append theirs. */
  problems: InputProblem[];
}

/** @throws {InputError} when the file cannot be decoded or parsed, or is not such a document. */
export function readGraphDocument(
  file: InputFile,
  rootName: string,
  formatName: string,
  options: ReadOptions = {},
): GraphDocument {
  const problems: InputProblem[] = [];
  const limits = resolveLimits(options.limits);
  const size = fileSizeProblem(file, limits);
  if (size !== undefined) throw new InputError([size]);
  const decoded = decodeText(file.data, file.name);
  if (!decoded.ok) throw new InputError([decoded.problem]);
  const root = parseXml(decoded.text, file.name, problems, limits.maxXmlBytes);
  if (root === undefined) throw new InputError(problems);
  const graph = childNamed(root, "graph");
  if (root.name !== rootName || graph === undefined) {
    problems.push(
      inputProblem(
        "not-graph",
        { root: `<${root.name}>`, graph: "<graph>", format: formatName, start: `<${rootName}><graph>` },
        { file: file.name, line: root.line },
      ),
    );
    throw new InputError(problems);
  }
  return { root, graph, problems };
}
