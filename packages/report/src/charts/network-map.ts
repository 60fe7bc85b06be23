/**
 * The map of the network: a static SVG of the laid-out graph, actors coloured
 * by world, the most linked actors named. Positions come from latitude and
 * longitude when every actor has them (an equirectangular projection scaled
 * by cos(mean latitude)), else from ForceAtlas2 (Jacomy et al. 2014, as in
 * Gephi) started from seeded random positions, so the same territory always
 * gives the same map. Labels never overlap (label-placement.ts); every dot
 * names its actor on hover (`<title>`).
 */
import { createRandom, DEFAULT_SEED, type TerritoryGraph } from "@catalyse/core";
import { scaleLinear, scaleSqrt } from "d3-scale";
import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import { escapeHtml } from "../escape-html.js";
import { placeLabels } from "./label-placement.js";
import { px, svgRoot, text } from "./svg.js";

/** The `.label` font size of CHART_CSS. */
export const LABEL_FONT_SIZE = 10;

/** Options of `networkMap`: size, layout seed and iterations, named actors, world colours. */
export interface NetworkMapOptions {
  width?: number;
  height?: number;
  seed?: number;
  /** ForceAtlas2 iterations. Default 300. */
  iterations?: number;
  /** How many of the most linked actors are named. Default 12. */
  labels?: number;
  colors: ReadonlyMap<string, string>;
  /** What the map shows, for screen readers (`aria-label`). */
  label?: string;
}

/** An actor's position on the map. */
export interface Position {
  x: number;
  y: number;
}

/** One position per node key: geographic when every actor has coordinates, else ForceAtlas2. */
export function layoutTerritory(
  graph: TerritoryGraph,
  options: { seed?: number; iterations?: number } = {},
): Map<string, Position> {
  const positions = new Map<string, Position>();
  const geographic =
    graph.order > 0 && graph.everyNode((_key, attrs) => attrs.lat !== null && attrs.lon !== null);
  if (geographic) {
    let meanLat = 0;
    graph.forEachNode((_key, attrs) => {
      meanLat += attrs.lat! / graph.order;
    });
    const scale = Math.cos((meanLat * Math.PI) / 180);
    graph.forEachNode((key, attrs) => {
      positions.set(key, { x: attrs.lon! * scale, y: -attrs.lat! });
    });
    return positions;
  }
  const random = createRandom(options.seed ?? DEFAULT_SEED);
  const copy = new Graph({ type: "undirected" });
  graph.forEachNode((key) => {
    copy.addNode(key, { x: random() * 100, y: random() * 100 });
  });
  graph.forEachEdge((_edge, attrs, source, target) => {
    if (!copy.hasEdge(source, target)) copy.addEdge(source, target, { weight: attrs.weight });
  });
  const layout =
    copy.order > 1
      ? forceAtlas2(copy, {
          iterations: options.iterations ?? 300,
          settings: { ...forceAtlas2.inferSettings(copy), barnesHutOptimize: copy.order > 300 },
        })
      : {};
  copy.forEachNode((key, attrs) => {
    const p = layout[key];
    positions.set(key, { x: p?.x ?? (attrs.x as number), y: p?.y ?? (attrs.y as number) });
  });
  return positions;
}

/** The territory map as an inline SVG (ForceAtlas2 layout, seeded; actors coloured by world). */
export function networkMap(graph: TerritoryGraph, options: NetworkMapOptions): string {
  const width = options.width ?? 720;
  const height = options.height ?? 480;
  const positions = layoutTerritory(graph, options);
  const worlds = [...new Set(graph.mapNodes((_key, attrs) => attrs.world))];
  const legend = worldLegend(worlds, options.colors, width);
  const legendHeight = legend.height;
  const margin = 16;
  const xs = [...positions.values()].map((p) => p.x);
  const ys = [...positions.values()].map((p) => p.y);
  const x0 = xs.length === 0 ? 0 : Math.min(...xs);
  const y0 = ys.length === 0 ? 0 : Math.min(...ys);
  const dx = Math.max(...xs, x0) - x0 || 1;
  const dy = Math.max(...ys, y0) - y0 || 1;
  // One factor for both axes keeps the layout's proportions; labels go on either side.
  const side = 24;
  const boxWidth = width - 2 * (margin + side);
  const boxHeight = height - legendHeight - 2 * margin;
  const k = Math.min(boxWidth / dx, boxHeight / dy);
  const offsetX = margin + side + (boxWidth - k * dx) / 2;
  const offsetY = legendHeight + margin + (boxHeight - k * dy) / 2;
  const sx = scaleLinear()
    .domain([x0, x0 + dx])
    .range([offsetX, offsetX + k * dx]);
  const sy = scaleLinear()
    .domain([y0, y0 + dy])
    .range([offsetY, offsetY + k * dy]);
  const maxDegree = Math.max(1, ...graph.mapNodes((key) => graph.degree(key)));
  const radius = scaleSqrt().domain([0, maxDegree]).range([2.5, 9]);

  const edges: string[] = [];
  graph.forEachEdge((_edge, _attrs, source, target) => {
    const a = positions.get(source)!;
    const b = positions.get(target)!;
    edges.push(`M${px(sx(a.x))} ${px(sy(a.y))}L${px(sx(b.x))} ${px(sy(b.y))}`);
  });
  const nodes: string[] = [];
  const dots: { x: number; y: number; radius: number }[] = [];
  graph.forEachNode((key, attrs) => {
    const p = positions.get(key)!;
    const dot = { x: sx(p.x), y: sy(p.y), radius: radius(graph.degree(key)) };
    dots.push(dot);
    nodes.push(
      `<circle cx="${px(dot.x)}" cy="${px(dot.y)}" r="${px(dot.radius)}" fill="${options.colors.get(attrs.world) ?? "#888"}"><title>${escapeHtml(`${attrs.label} (${attrs.world})`)}</title></circle>`,
    );
  });
  const named = graph
    .mapNodes((key, attrs) => ({ key, label: attrs.label, degree: graph.degree(key) }))
    .sort((a, b) => b.degree - a.degree)
    .slice(0, options.labels ?? 12)
    .filter((node) => node.degree > 0);
  const placed = placeLabels(
    named.map((node) => {
      const p = positions.get(node.key)!;
      return {
        key: node.key,
        text: truncate(node.label, 28),
        x: sx(p.x),
        y: sy(p.y),
        radius: radius(node.degree),
      };
    }),
    { bounds: { left: 0, top: legendHeight, right: width, bottom: height }, fontSize: LABEL_FONT_SIZE, dots },
  );
  const labels = placed.map((label) =>
    text(
      label.x,
      label.y,
      label.text,
      `class="label"${label.anchor === "start" ? "" : ` text-anchor="${label.anchor}"`}`,
    ),
  );
  return svgRoot(
    width,
    height,
    options.label ?? `Map of the network: ${graph.order} actors coloured by world`,
    `<path d="${edges.join("")}" stroke="#999" stroke-opacity="0.5" stroke-width="0.8" fill="none"/>` +
      nodes.join("") +
      labels.join("") +
      legend.svg,
  );
}

export function truncate(label: string, max: number): string {
  return label.length <= max ? label : `${label.slice(0, max - 1)}…`;
}

/** The world legend, wrapped onto as many lines as the width needs. */
function worldLegend(
  worlds: readonly string[],
  colors: ReadonlyMap<string, string>,
  width: number,
): { svg: string; height: number } {
  const margin = 16;
  const lineHeight = 18;
  let x = margin;
  let y = 12;
  const items = worlds.map((world) => {
    const itemWidth = 24 + world.length * 7;
    if (x > margin && x + itemWidth > width - margin) {
      x = margin;
      y += lineHeight;
    }
    const item = `<circle cx="${px(x + 5)}" cy="${y}" r="5" fill="${colors.get(world) ?? "#888"}"/>${text(x + 14, y + 4, world, 'class="legend"')}`;
    x += itemWidth;
    return item;
  });
  return { svg: items.join(""), height: y + 12 };
}
