// The page functions below run in Chromium.
/// <reference lib="dom" />
import type { Locator, Page } from "playwright-core";

// One frame at 60 Hz: the budget for a keystroke or a scroll step to reach the screen.
export const frameMs = 1000 / 60;

export const percentile = (values: number[], share: number) =>
  [...values].sort((left, right) => left - right)[
    Math.min(values.length - 1, Math.floor(values.length * share))
  ] ?? NaN;

// Scrolls the element `selector` finds by `step` pixels every animation frame for `frames` frames
// and returns the time between frames: a frame that took longer than one vsync dropped the ones
// it covered. (The page code is a string: tsx would wrap a named inner function in a helper the
// page does not have.)
export const scrollFrames = (page: Page, selector: string, step: number, frames: number) =>
  page.evaluate<number[]>(`
    new Promise((resolve) => {
      const element = document.querySelector(${JSON.stringify(selector)});
      const gaps = [];
      let last = 0;
      const tick = (now) => {
        if (last) gaps.push(now - last);
        last = now;
        if (gaps.length >= ${frames}) return resolve(gaps);
        element.scrollTop += ${step};
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    })`);

export const droppedFrames = (gaps: number[]) =>
  gaps.reduce((dropped, gap) => dropped + Math.max(0, Math.round(gap / frameMs) - 1), 0);

// Resolves once the page has received nothing from the network for `quietMs` and then run no
// long task (50 ms or more) for `quietMs`: the list has its server's answer applied and nothing
// else is busy, so a keystroke measured after it is the typing alone. The time waited is returned.
export const untilQuiet = async (page: Page, quietMs = 1_000, timeoutMs = 120_000) => {
  const started = performance.now();
  const network = await page.context().newCDPSession(page);
  await network.send("Network.enable");
  let lastReceived = performance.now();
  network.on("Network.dataReceived", () => {
    lastReceived = performance.now();
  });
  while (performance.now() - lastReceived < quietMs) {
    if (performance.now() - started > timeoutMs)
      throw new Error("the page never stopped receiving");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await network.detach();
  await page.evaluate(`
    new Promise((resolve, reject) => {
      const started = performance.now();
      let busyUntil = started;
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          busyUntil = Math.max(busyUntil, entry.startTime + entry.duration);
      });
      observer.observe({ type: "longtask" });
      const check = () => {
        const now = performance.now();
        if (now - busyUntil >= ${quietMs}) {
          observer.disconnect();
          resolve(now - started);
        } else if (now - started > ${timeoutMs}) {
          observer.disconnect();
          reject(new Error("the page never went quiet"));
        } else setTimeout(check, 100);
      };
      setTimeout(check, 100);
    })`);
  return performance.now() - started;
};

// Types `text` into `input` one key at a time ("\b" is Backspace), each once the previous one has
// painted, and returns for each keystroke the time from its input event to the next paint (the
// first task after the next animation frame).
type Timed = { keystrokeTimings: number[] };

export const keystrokesToPaint = async (page: Page, input: Locator, text: string) => {
  await input.evaluate((element) => {
    Object.assign(window, { keystrokeTimings: [] });
    // One listener per box however often it is typed into, so timing adds no work per call.
    if (element.hasAttribute("data-keystrokes-timed")) return;
    element.setAttribute("data-keystrokes-timed", "");
    element.addEventListener("input", (event) => {
      const start = event.timeStamp;
      requestAnimationFrame(() =>
        setTimeout(() =>
          (window as unknown as Timed).keystrokeTimings.push(performance.now() - start),
        ),
      );
    });
  });
  await input.focus();
  const keys = [...text];
  for (const [index, key] of keys.entries()) {
    if (key === "\b") await page.keyboard.press("Backspace");
    else await page.keyboard.type(key);
    await page.waitForFunction(
      (count) => (window as unknown as Timed).keystrokeTimings.length >= count,
      index + 1,
    );
  }
  return page.evaluate(() => (window as unknown as Timed).keystrokeTimings);
};

// Types `text` and clears it again, `rounds` times, for enough keystrokes that a p95 is not just
// the slowest of ten.
export const typeAndClear = async (page: Page, input: Locator, text: string, rounds: number) => {
  const typed: number[] = [];
  const cleared: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    typed.push(...(await keystrokesToPaint(page, input, text)));
    cleared.push(...(await keystrokesToPaint(page, input, "\b".repeat([...text].length))));
  }
  return { typed, cleared };
};

export const summarize = (values: number[]) =>
  `p50 ${percentile(values, 0.5).toFixed(1)} ms / p95 ${percentile(values, 0.95).toFixed(1)} ms / max ${Math.max(...values).toFixed(1)} ms`;
