/**
 * The map of the network: a static SVG of the laid-out graph, actors coloured
 * by world, the most linked actors named. Positions come from latitude and
 * longitude when every actor has them (an equirectangular projection scaled
 * by cos(mean latitude)), else from ForceAtlas2 (Jacomy et al. 2014, as in
 * Gephi) started from seeded random positions, so the same territory always
 * gives the same map.
 */
import { createRandom, DEFAULT_SEED, type TerritoryGraph } from "@catalyse/core";
import { scaleLinear, scaleSqrt } from "d3-scale";
import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import { escapeHtml } from "../escape-html.js";
import { px, svgRoot, text } from "./svg.js";

export interface NetworkMapOptions {
  width?: number;
  height?: number;
  seed?: number;
  /** ForceAtlas2 iterations. Default 300. */
  iterations?: number;
  /** How many of the most linked actors are named. Default 12. */
  labels?: number;
  colors: ReadonlyMap<string, string>;
}

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

export function networkMap(graph: TerritoryGraph, options: NetworkMapOptions): string {
  const width = options.width ?? 720;
  const height = options.height ?? 480;
  const positions = layoutTerritory(graph, options);
  const legendHeight = 24;
  const margin = 16;
  const xs = [...positions.values()].map((p) => p.x);
  const ys = [...positions.values()].map((p) => p.y);
  const [x0, x1] = [Math.min(...xs, 0), Math.max(...xs, 1)];
  const [y0, y1] = [Math.min(...ys, 0), Math.max(...ys, 1)];
  // One scale for both axes keeps the layout's proportions.
  const span = Math.max(x1 - x0, y1 - y0) || 1;
  const side = Math.min(width, height - legendHeight) - 2 * margin;
  const offsetX = (width - side * ((x1 - x0) / span)) / 2;
  const offsetY = legendHeight + (height - legendHeight - side * ((y1 - y0) / span)) / 2;
  const sx = scaleLinear()
    .domain([x0, x0 + span])
    .range([offsetX, offsetX + side]);
  const sy = scaleLinear()
    .domain([y0, y0 + span])
    .range([offsetY, offsetY + side]);
  const maxDegree = Math.max(1, ...graph.mapNodes((key) => graph.degree(key)));
  const radius = scaleSqrt().domain([0, maxDegree]).range([2.5, 9]);

  const edges: string[] = [];
  graph.forEachEdge((_edge, _attrs, source, target) => {
    const a = positions.get(source)!;
    const b = positions.get(target)!;
    edges.push(`M${px(sx(a.x))} ${px(sy(a.y))}L${px(sx(b.x))} ${px(sy(b.y))}`);
  });
  const nodes: string[] = [];
  graph.forEachNode((key, attrs) => {
    const p = positions.get(key)!;
    nodes.push(
      `<circle cx="${px(sx(p.x))}" cy="${px(sy(p.y))}" r="${px(radius(graph.degree(key)))}" fill="${options.colors.get(attrs.world) ?? "#888"}"><title>${escapeHtml(`${attrs.label} (${attrs.world})`)}</title></circle>`,
    );
  });
  const named = graph
    .mapNodes((key, attrs) => ({ key, label: attrs.label, degree: graph.degree(key) }))
    .sort((a, b) => b.degree - a.degree)
    .slice(0, options.labels ?? 12)
    .filter((node) => node.degree > 0);
  const labels = named.map((node) => {
    const p = positions.get(node.key)!;
    return text(sx(p.x) + radius(node.degree) + 2, sy(p.y) + 3, truncate(node.label, 28), 'class="label"');
  });
  const worlds = [...new Set(graph.mapNodes((_key, attrs) => attrs.world))];
  let x = margin;
  const legend = worlds.map((world) => {
    const item = `<circle cx="${px(x + 5)}" cy="12" r="5" fill="${options.colors.get(world) ?? "#888"}"/>${text(x + 14, 16, world, 'class="legend"')}`;
    x += 24 + world.length * 7;
    return item;
  });
  return svgRoot(
    width,
    height,
    `Map of the network: ${graph.order} actors coloured by world`,
    `<path d="${edges.join("")}" stroke="#999" stroke-opacity="0.5" stroke-width="0.8" fill="none"/>` +
      nodes.join("") +
      labels.join("") +
      legend.join(""),
  );
}

export function truncate(label: string, max: number): string {
  return label.length <= max ? label : `${label.slice(0, max - 1)}…`;
}
