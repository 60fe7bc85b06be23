/**
 * A browser page reading dropped files: the CSV pair or one file, analysed in
 * the page (nothing is sent anywhere). Labels go through `textContent`, never
 * `innerHTML`, so a label cannot inject markup.
 */
import { type AnalysisDocument, analyze } from "@catalyse/core";
import {
  formatProblem,
  InputError,
  type InputFile,
  type ReadTerritoryResult,
  readTerritoryCsv,
  readTerritoryFile,
} from "@catalyse/io";

async function toInput(file: File): Promise<InputFile> {
  return { name: file.name, data: new Uint8Array(await file.arrayBuffer()) };
}

/** The CSV files of a folder (English or French names), or the one file given. */
async function readDropped(files: readonly File[]): Promise<ReadTerritoryResult> {
  const inputs = await Promise.all(files.map(toInput));
  if (inputs.length === 1 && !inputs[0]!.name.toLowerCase().endsWith(".csv"))
    return readTerritoryFile(inputs[0]!);
  const named = (pattern: RegExp) => inputs.find((input) => pattern.test(input.name.toLowerCase()));
  const actors = named(/act(or|eur)s\.csv$/);
  const links = named(/(link|lien)s\.csv$/);
  const territory = named(/territor(y|e)\.json$/);
  // NOTE: spread rather than `actors: undefined`, which exactOptionalPropertyTypes refuses.
  return readTerritoryCsv({
    ...(actors && { actors }),
    ...(links && { links }),
    ...(territory && { territory }),
  });
}

function show(document: AnalysisDocument): void {
  const table = window.document.querySelector<HTMLTableElement>("#bridges")!;
  table.replaceChildren();
  const bridges = [...document.actors].sort((a, b) => (b.betweenness ?? 0) - (a.betweenness ?? 0));
  for (const actor of bridges.slice(0, 10)) {
    const row = table.insertRow();
    row.insertCell().textContent = actor.label;
    row.insertCell().textContent = actor.world;
    row.insertCell().textContent = new Intl.NumberFormat(undefined, { maximumFractionDigits: 3 }).format(
      actor.betweenness ?? 0,
    );
  }
}

async function onFiles(files: readonly File[]): Promise<void> {
  const status = window.document.querySelector<HTMLElement>("#status")!;
  try {
    const { graph } = await readDropped(files);
    const document = analyze(graph);
    status.textContent = `${document.graph.nodes} actors, ${document.graph.links} links`;
    show(document);
  } catch (error) {
    status.textContent =
      error instanceof InputError ? error.problems.map(formatProblem).join("\n") : String(error);
  }
}

const input = window.document.querySelector<HTMLInputElement>("#files")!;
input.addEventListener("change", () => void onFiles([...(input.files ?? [])]));
window.addEventListener("dragover", (event) => event.preventDefault());
window.addEventListener("drop", (event) => {
  event.preventDefault();
  void onFiles([...(event.dataTransfer?.files ?? [])]);
});
