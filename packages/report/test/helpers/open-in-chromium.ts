/**
 * Opens an HTML file in Debian's Chromium (headless, through playwright-core)
 * with a fresh profile, and records what a reader's browser would do: console
 * errors, page errors, dialogs (an injected `alert`) and every request.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export interface PageVisit {
  consoleErrors: string[];
  requests: string[];
  dialogs: string[];
  /** The page's visible text. */
  text: string;
  scripts: number;
  svgs: number;
}

export async function openInChromium(file: string, screenshot: string): Promise<PageVisit> {
  const profile = await mkdtemp(join(tmpdir(), "catalyse-report-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
    viewport: { width: 1100, height: 900 },
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const visit: PageVisit = { consoleErrors: [], requests: [], dialogs: [], text: "", scripts: 0, svgs: 0 };
    page.on("console", (message) => {
      if (message.type() === "error") visit.consoleErrors.push(message.text());
    });
    page.on("pageerror", (error) => visit.consoleErrors.push(error.message));
    page.on("dialog", (dialog) => {
      visit.dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    context.on("request", (request) => visit.requests.push(request.url()));
    await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
    // biome-ignore lint/performance/useDomNodeTextContent: we want the text as rendered for the reader.
    visit.text = await page.locator("body").innerText();
    visit.scripts = await page.locator("script").count();
    visit.svgs = await page.locator("svg").count();
    await page.screenshot({ path: screenshot, fullPage: true });
    await page.emulateMedia({ media: "print" });
    await page.pdf({ path: screenshot.replace(/\.png$/, ".pdf"), format: "A4" });
    return visit;
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
}
