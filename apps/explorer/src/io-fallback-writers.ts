/**
 * Stand-in writers used by `io-adapter.ts` until @catalyse/io's writers land:
 * CSV (cells starting with = + - @ neutralised against formula injection) and
 * GEXF 1.3 with a colour per world and positions. Delete with the adapter switch.
 */
import type { ActorInput, LinkInput } from "@catalyse/core";

export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  // NOTE: a leading quote makes spreadsheets read the cell as text, not as a formula.
  if (/^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text)) text = `'${text}`;
  return /[",\n\r;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: unknown[][]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

const xml = (text: string) =>
  text.replace(
    /[<>&"']/g,
    (ch) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[ch]!,
  );

export interface GexfActor extends ActorInput {
  x: number;
  y: number;
  colour: string;
  metrics: Record<string, number | null>;
}

export function toGexf(name: string, directed: boolean, actors: GexfActor[], links: LinkInput[]): string {
  const metricNames = [...new Set(actors.flatMap((actor) => Object.keys(actor.metrics)))];
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">',
    `  <meta><creator>Catalyse explorer</creator><description>${xml(name)}</description></meta>`,
    `  <graph defaultedgetype="${directed ? "directed" : "undirected"}">`,
    '    <attributes class="node">',
    '      <attribute id="world" title="world" type="string"/>',
    ...metricNames.map(
      (metric) => `      <attribute id="${xml(metric)}" title="${xml(metric)}" type="double"/>`,
    ),
    "    </attributes>",
    '    <attributes class="edge"><attribute id="type" title="type" type="string"/></attributes>',
    "    <nodes>",
  ];
  for (const actor of actors) {
    const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(actor.colour.slice(i, i + 2), 16));
    lines.push(`      <node id="${xml(actor.id)}" label="${xml(actor.label ?? actor.id)}">`);
    lines.push("        <attvalues>");
    lines.push(`          <attvalue for="world" value="${xml(actor.world ?? "")}"/>`);
    for (const metric of metricNames) {
      const value = actor.metrics[metric];
      if (value !== null && value !== undefined)
        lines.push(`          <attvalue for="${xml(metric)}" value="${value}"/>`);
    }
    lines.push("        </attvalues>");
    lines.push(`        <viz:color r="${r}" g="${g}" b="${b}"/>`);
    lines.push(`        <viz:position x="${actor.x}" y="${actor.y}" z="0"/>`);
    lines.push("      </node>");
  }
  lines.push("    </nodes>", "    <edges>");
  links.forEach((link, i) => {
    lines.push(
      `      <edge id="${i}" source="${xml(link.source)}" target="${xml(link.target)}" weight="${link.weight ?? 1}">` +
        `<attvalues><attvalue for="type" value="${xml(link.type ?? "")}"/></attvalues></edge>`,
    );
  });
  lines.push("    </edges>", "  </graph>", "</gexf>", "");
  return lines.join("\n");
}
