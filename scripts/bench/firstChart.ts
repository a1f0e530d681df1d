import type { Page } from "playwright-core";
import { baseUrl, launchBrowser } from "@pano/testing/chromium";
import { signIn } from "@pano/testing/flows";

type FirstChartOptions = {
  workspaceId: string;
  email: string;
  password: string;
  loads: number;
  screenshot: string;
};

// The won/lost card's bars: recharts draws a bar's path only once it has a height, so a match
// means real figures are on screen, not an empty svg waiting for data.
const wonLostBars =
  'section[aria-label="Aylara göre kazanılan ve kaybedilen"] .recharts-bar-rectangle path';

// Polled every animation frame, so the figure is when the bars are painted, not when a slower
// locator retry noticed them.
const barsDrawn = (page: Page) =>
  page.waitForFunction(`document.querySelector('${wonLostBars}') !== null`, undefined, {
    polling: "raf",
    timeout: 60_000,
  });

const median = (values: number[]) =>
  [...values].sort((left, right) => left - right)[Math.floor(values.length / 2)] ?? NaN;

// Signs in first (auth is not part of the figure), then times each load of Reports on the last
// 12 months, from navigation (then reload) to the first bar of the won/lost chart.
export const timeToFirstChart = async ({
  workspaceId,
  email,
  password,
  loads,
  screenshot,
}: FirstChartOptions) => {
  const browser = await launchBrowser();
  const context = await browser.newContext({
    viewport: { width: 1440, height: 1000 },
    baseURL: baseUrl,
    locale: "tr-TR",
  });
  const page = await context.newPage();
  await signIn(page, { email, password });
  await page.waitForURL((url) => !url.pathname.startsWith("/signin"));
  const url = `${baseUrl}/w/${workspaceId}/reports?period=last12Months`;
  const times: number[] = [];
  for (let load = 0; load < loads; load += 1) {
    const start = performance.now();
    if (load === 0) await page.goto(url);
    else await page.reload();
    await barsDrawn(page);
    times.push(performance.now() - start);
  }
  await page.screenshot({ path: screenshot, fullPage: true });
  await browser.close();
  return { p50: median(times), times };
};
