// The page functions below run in Chromium.
/// <reference lib="dom" />
import type { Page } from "playwright-core";

// Where a move's time goes, in wall-clock milliseconds every process shares: the mover's drop
// (the Space key reaching the page), the write leaving that page, the server's change reaching a
// plain Admin SDK listener, the change arriving on the other page's listen channel, and the card
// painted there. The recorder is installed before the app loads and only watches the network and
// the keyboard, so the product runs unchanged. (A string: tsx would wrap inner functions in a
// helper the page does not have.)
export const timelineRecorder = `
  window.__timeline = { drops: [], writes: [], arrivals: [] };
  const wallClock = () => performance.timeOrigin + performance.now();
  document.addEventListener("keydown", (event) => {
    if (event.code === "Space") window.__timeline.drops.push(wallClock());
  }, true);
  // The SDK's WebChannel talks through fetch: writes leave as POSTs on the Write channel, and
  // changes arrive as chunks of the Listen channel's streamed body.
  const fetchFirst = window.fetch;
  window.fetch = async (input, init) => {
    const address = String(input instanceof Request ? input.url : input);
    const method = (init?.method ?? (input instanceof Request ? input.method : "GET")).toUpperCase();
    if (address.includes("/Write/channel") && method === "POST")
      window.__timeline.writes.push(wallClock());
    const response = await fetchFirst(input, init);
    if (!address.includes("/Listen/channel") || !response.body) return response;
    const recorded = response.body.pipeThrough(new TransformStream({
      transform(chunk, controller) {
        window.__timeline.arrivals.push(wallClock());
        controller.enqueue(chunk);
      },
    }));
    return new Response(recorded, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  };
`;

type Timeline = { drops: number[]; writes: number[]; arrivals: number[] };

export const timelineOf = (page: Page) => page.evaluate<Timeline>("window.__timeline");

export const firstAfter = (times: number[], after: number) =>
  times.find((time) => time >= after) ?? NaN;

// Resolves with the wall-clock time of the first animation frame that shows the card at rest in the
// column (while a keyboard drag goes on the card already shows in the column it hovers over),
// taken in the page so the Playwright round trip is not counted.
export const paintedAt = async (page: Page, column: string, cardId: string) => {
  const handle = await page.waitForFunction(
    `document.querySelector('section[aria-label="${column}"] [data-card-id="${cardId}"]') !== null
      && document.querySelector('[data-testid="board"][data-dragging]') === null
      && performance.timeOrigin + performance.now()`,
    undefined,
    { polling: "raf", timeout: 30_000 },
  );
  return (await handle.jsonValue()) as number;
};
