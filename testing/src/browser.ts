import { mkdirSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { baseUrl, launchBrowser } from "./chromium";

export const openPages: Page[] = [];

// Each person gets their own context: separate storage, separate Firebase session.
export const openPage = async (
  browser: Browser,
  viewport = { width: 1280, height: 800 },
  hasTouch = false,
) => {
  const context = await browser.newContext({
    viewport,
    hasTouch,
    baseURL: baseUrl,
    locale: "tr-TR",
  });
  const page = await context.newPage();
  page.on("pageerror", (error) => console.error(`[page error] ${error.message}`));
  openPages.push(page);
  return page;
};

// Called from onTestFailed: what every open page showed when the test gave up.
export const screenshotOpenPages = (prefix: string) =>
  Promise.all(openPages.map((page, index) => screenshot(page, `${prefix}-failure-page-${index}`)));

export const screenshot = (page: Page, name: string) =>
  page.screenshot({
    path: new URL(`../../e2e/artifacts/${name}.png`, import.meta.url).pathname,
    fullPage: true,
    // A drawer or popover still sliding in is captured where it ends.
    animations: "disabled",
  });

// One Chromium per test file, and the artifacts folder its screenshots go to.
export const useBrowser = () => {
  let browser: Browser | undefined;
  beforeAll(async () => {
    mkdirSync(new URL("../../e2e/artifacts/", import.meta.url), { recursive: true });
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());
  return () => {
    if (!browser) throw new Error("the browser is not running");
    return browser;
  };
};
