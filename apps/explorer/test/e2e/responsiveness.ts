/**
 * How a large territory feels in the explorer, measured in a real browser:
 * when the graph shows, how long the worker computes, and whether the page
 * keeps answering meanwhile (a 16 ms heartbeat on the main thread, long
 * tasks, a search, a click on an actor, a pan). Shared by the end-to-end test
 * (which asserts on it) and benchmarks/explorer (which records it).
 */
import type { Page } from "playwright-core";
import type {} from "../../src/test-handle.js";

export interface ResponsivenessReport {
  dataset: string;
  actors: number;
  links: number;
  /** From navigation to the graph drawn with every actor (links come with the metrics). */
  graphShownMs: number;
  /** The analysis worker's own time. */
  analysisMs: number;
  /** From navigation to the metrics applied to the graph. */
  metricsShownMs: number;
  /** The analysis status when the graph first showed: "running" means the page did not wait for it. */
  statusWhileComputing: string;
  /** Typing a query in the search box while the worker computes, until the state holds it. */
  searchAnsweredMs: number;
  /** A click on an actor while the worker computes, until its panel shows. */
  clickAnsweredMs: number;
  /** Frames drawn per second while the graph is dragged (after the metrics are in). */
  panFps: number;
  /** The longest main-thread tasks while watched, from the graph shown to a second after the metrics. */
  longTasks: { atMs: number; durationMs: number }[];
  /** Intervals between 16 ms heartbeats while watched: a long one is a time the page could not answer. */
  heartbeatGaps: { count: number; medianMs: number; p90Ms: number; worstMs: number; over200Ms: number };
}

interface Probe {
  __gaps: { at: number; gap: number }[];
  __longTasks: { start: number; duration: number }[];
  __frames: number;
}

// Plain JavaScript, not a function: tsx would wrap named inner functions in a
// helper (`__name`) that does not exist in the page.
const PROBES = `
  window.__gaps = [];
  window.__longTasks = [];
  window.__frames = 0;
  let last = performance.now();
  setInterval(() => {
    const now = performance.now();
    window.__gaps.push({ at: now, gap: now - last });
    last = now;
  }, 16);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      window.__longTasks.push({ start: Math.round(entry.startTime), duration: Math.round(entry.duration) });
  }).observe({ type: "longtask", buffered: true });
  const countFrame = () => {
    window.__frames++;
    requestAnimationFrame(countFrame);
  };
  requestAnimationFrame(countFrame);
`;

/** Call before `page.goto`: starts the heartbeat, the long-task observer and a frame counter. */
export async function installProbes(page: Page): Promise<void> {
  await page.addInitScript({ content: PROBES });
}

// Polled on a timer, not on animation frames: a busy compositor must not
// delay the measurement of the page's own answer.
const POLL = { polling: 20, timeout: 300_000 } as const;

/** Opens `url` (a `#d=<key>` of `actors` actors) in a page with probes installed, and measures it. */
export async function measureResponsiveness(
  page: Page,
  url: string,
  dataset: string,
  actors: number,
): Promise<ResponsivenessReport> {
  const started = Date.now();
  await page.goto(url);
  await page.waitForFunction((n) => window.__explorer?.visibleActors() === n, actors, POLL);
  const graphShownMs = Date.now() - started;
  const from = await page.evaluate(() => performance.now());
  const statusWhileComputing = await page.evaluate(() => window.__explorer!.state().analysis.status);

  const typed = Date.now();
  await page.locator("#search").fill("Université");
  await page.waitForFunction(() => window.__explorer!.state().search === "Université", null, POLL);
  const searchAnsweredMs = Date.now() - typed;
  await page.locator("#search").fill("");

  // The best-connected actor of the generator's first wave, wherever it is drawn.
  const target = await page.evaluate(() => window.__explorer!.state().dataset!.actors[0]!.id);
  const box = await page.locator("#sigma").boundingBox();
  const at = await page.evaluate((id) => window.__explorer!.nodeScreen(id), target);
  if (!box || !at) throw new Error(`actor ${target} is not drawn`);
  const clicked = Date.now();
  await page.mouse.click(box.x + at.x, box.y + at.y);
  await page.waitForFunction(
    () => {
      const panel = document.getElementById("actor-panel");
      return window.__explorer!.state().selected !== null && panel !== null && !panel.hidden;
    },
    null,
    POLL,
  );
  const clickAnsweredMs = Date.now() - clicked;
  await page.keyboard.press("Escape");

  await page.waitForFunction(() => window.__explorer!.state().analysis.status === "done", null, POLL);
  const metricsShownMs = Date.now() - started;
  // Watch a second more: applying the metrics redraws the graph after "done".
  await page.waitForTimeout(1000);
  const to = await page.evaluate(() => performance.now());

  // A one-second drag across the graph; sigma draws only nodes while the camera moves.
  const framesBefore = await page.evaluate(() => (window as unknown as Probe).__frames);
  const dragStart = Date.now();
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  for (let step = 1; step <= 20; step++) {
    await page.mouse.move(cx + step * 8, cy + step * 4);
    await page.waitForTimeout(50);
  }
  await page.mouse.up();
  const framesAfter = await page.evaluate(() => (window as unknown as Probe).__frames);
  const panFps = Math.round(((framesAfter - framesBefore) * 1000) / (Date.now() - dragStart));

  const probe = await page.evaluate(
    ([a, b]) => {
      const w = window as unknown as Probe;
      return {
        gaps: w.__gaps.filter((g) => g.at >= a! && g.at <= b!).map((g) => g.gap),
        tasks: w.__longTasks
          .filter((task) => task.start + task.duration >= a! && task.start <= b!)
          .sort((x, y) => y.duration - x.duration)
          .slice(0, 5)
          .map((task) => ({ atMs: Math.round(task.start - a!), durationMs: task.duration })),
        analysisMs: window.__explorer!.state().analysis.elapsedMs ?? 0,
        links: window.__explorer!.state().dataset!.links.length,
      };
    },
    [from, to],
  );
  const gaps = probe.gaps.sort((a, b) => a - b);
  const quantile = (q: number) =>
    Math.round(gaps[Math.min(gaps.length - 1, Math.floor(gaps.length * q))] ?? 0);
  return {
    dataset,
    actors,
    links: probe.links,
    graphShownMs,
    analysisMs: Math.round(probe.analysisMs),
    metricsShownMs,
    statusWhileComputing,
    searchAnsweredMs,
    clickAnsweredMs,
    panFps,
    longTasks: probe.tasks,
    heartbeatGaps: {
      count: gaps.length,
      medianMs: quantile(0.5),
      p90Ms: quantile(0.9),
      worstMs: quantile(1),
      over200Ms: gaps.filter((gap) => gap > 200).length,
    },
  };
}
