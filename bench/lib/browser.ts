// The browser-side figures: first-load JavaScript and Lighthouse scores, in the e2e tests' Chromium.
import { gzipSync } from "node:zlib";
import { SetupError } from "../../scripts/lib/database";

/**
 * The browser for the bundle and Lighthouse figures: the e2e tests' Chromium (e2e/support/browser.ts,
 * the packaged one on a machine without a browser). Found before minutes of load, not after them.
 */
export async function benchBrowser(): Promise<string> {
  const { chromiumExecutable } = await import("../../e2e/support/browser");
  try {
    return chromiumExecutable();
  } catch (error) {
    throw new SetupError(`npm run bench cannot start Chromium for its bundle and Lighthouse figures: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export async function firstLoadKb(executablePath: string, url: string, cookie: string): Promise<number> {
  const { chromium } = await import("@playwright/test");
  const { CHROMIUM_ARGS } = await import("../../e2e/support/browser");
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext();
    const [name, value] = cookie.split("=");
    await context.addCookies([{ name: name!, value: value!, url }]);
    const page = await context.newPage();
    const scripts: Promise<number>[] = [];
    page.on("response", (response) => {
      if (response.request().resourceType() === "script") scripts.push(response.body().then((body) => gzipSync(body).length).catch(() => 0));
    });
    await page.goto(url, { waitUntil: "networkidle" });
    const sizes = await Promise.all(scripts);
    return Math.round(sizes.reduce((sum, size) => sum + size, 0) / 102.4) / 10;
  } finally {
    await browser.close();
  }
}

export async function lighthouseScores(chromePath: string, url: string, cookie: string): Promise<{ performance: number | null; accessibility: number | null }> {
  const { default: lighthouse } = await import("lighthouse");
  const { default: desktopConfig } = await import("lighthouse/core/config/desktop-config.js");
  const chromeLauncher = await import("chrome-launcher");
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility"], extraHeaders: { cookie } }, desktopConfig);
    const categories = result?.lhr.categories;
    const score = (value: number | null | undefined) => (value === null || value === undefined ? null : Math.round(value * 100));
    return { performance: score(categories?.performance?.score), accessibility: score(categories?.accessibility?.score) };
  } finally {
    chrome.kill();
  }
}

