import type { Page } from "playwright-core";

export const column = (page: Page, name: string) => page.getByRole("region", { name, exact: true });

export const card = (page: Page, columnName: string, title: string) =>
  column(page, columnName).locator("[data-card-id]", { hasText: title });

// Presses a card and moves past the activation distance until the board has picked it up; the
// mouse stays down.
export const pickUpCard = async (page: Page, from: string, title: string) => {
  const source = card(page, from, title);
  const pickedUp = page.locator('[data-card-id][aria-pressed="true"]');
  for (let attempt = 1; !(await pickedUp.count()); attempt += 1) {
    if (attempt > 10) throw new Error(`${title} in ${from} was never picked up`);
    if (attempt > 1) await page.mouse.up();
    await source.scrollIntoViewIfNeeded();
    const start = await source.boundingBox();
    if (!start) throw new Error(`cannot drag ${title} from ${from}`);
    await page.mouse.move(start.x + 30, start.y + 12);
    await page.mouse.down();
    await page.mouse.move(start.x + 45, start.y + 25, { steps: 4 });
    await pickedUp.waitFor({ timeout: 1_000 }).catch(() => undefined);
  }
};

// A real pointer drag: press, move past the activation distance until the board has picked the
// card up, travel, and release once the board shows the card in the target column. On a busy
// machine a press can come while the board still finishes the previous drop, dnd-kit may still be
// measuring when the pointer arrives, and the board may scroll under the pointer near its edge;
// each step waits for the board's own sign rather than for time.
export const dragCard = async (page: Page, from: string, title: string, to: string) => {
  await pickUpCard(page, from, title);
  const aim = async () => {
    const target = await column(page, to).boundingBox();
    if (!target) throw new Error(`no column ${to}`);
    const right = (page.viewportSize()?.width ?? Infinity) - 2;
    return { x: Math.min(target.x + target.width / 2, right), y: target.y + 90 };
  };
  const first = await aim();
  await page.mouse.move(first.x, first.y, { steps: 15 });
  const arrived = card(page, to, title);
  for (let nudge = 1; !(await arrived.count()); nudge += 1) {
    if (nudge > 50) throw new Error(`${title} never reached ${to} while dragging`);
    const { x, y } = await aim();
    await page.mouse.move(x, y + (nudge % 2), { steps: 2 });
  }
  await page.mouse.up();
};

const announced = (page: Page, text: string | RegExp, timeout: number) =>
  page
    .getByRole("status")
    .filter({ hasText: text })
    .waitFor({ state: "attached", timeout })
    .then(
      () => true,
      () => false,
    );

// Keyboard drag: pick up, move one column with the arrow key and hand back the drop so callers
// can time it.
export const pickUpAndMove = async (page: Page, dealId: string, key: string, to: string) => {
  await page.locator(`[data-card-id="${dealId}"]`).focus();
  await page.keyboard.press("Space");
  await announced(page, "alındı", 10_000);
  await pressUntilAnnounced(page, key, `şimdi ${to} sütununda`);
  return () => page.keyboard.press("Space");
};

// Presses `key` until the board announces `text`. Every key the board hears is announced, however
// long a busy board takes to move the card, so the next press waits for that announcement: pressing
// again on a mere timeout would move the card on past the target (at 1,000 tasks a move took more
// than the half second this once waited, and the card went on to the last column). A key pressed
// before dnd-kit listens (from the tick after a pick-up) is never announced, and is pressed again.
export const pressUntilAnnounced = async (page: Page, key: string, text: string | RegExp) => {
  const region = page.locator('[id^="DndLiveRegion"]');
  const says = (said: string) => (typeof text === "string" ? said.includes(text) : text.test(said));
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const before = (await region.textContent()) ?? "";
    await page.keyboard.press(key);
    const heard = await page
      .waitForFunction(
        ([previous]) =>
          (document.querySelector('[id^="DndLiveRegion"]')?.textContent ?? "") !== previous,
        [before],
        { timeout: 5_000 },
      )
      .then(
        () => true,
        () => false,
      );
    if (heard && says((await region.textContent()) ?? "")) return;
  }
  throw new Error(`no announcement "${text}" after pressing ${key}`);
};

// A finger drag through the DevTools protocol: press and hold until the board announces the
// pick-up (the touch sensor waits for a long press so a swipe still scrolls), slide, lift.
export const touchDragCard = async (page: Page, from: string, title: string, to: string) => {
  const source = card(page, from, title);
  await source.scrollIntoViewIfNeeded();
  const start = await source.boundingBox();
  const target = await column(page, to).boundingBox();
  if (!start || !target) throw new Error(`cannot drag ${title} from ${from} to ${to}`);
  const session = await page.context().newCDPSession(page);
  const touch = (type: "touchStart" | "touchMove" | "touchEnd", x: number, y: number) =>
    session.send("Input.dispatchTouchEvent", {
      type,
      touchPoints: type === "touchEnd" ? [] : [{ x, y }],
    });
  const [x, y] = [start.x + 30, start.y + 12];
  await touch("touchStart", x, y);
  if (!(await announced(page, "alındı", 10_000))) throw new Error(`${title} was not picked up`);
  const [endX, endY] = [target.x + target.width / 2, target.y + 90];
  for (let step = 1; step <= 15; step += 1)
    await touch("touchMove", x + ((endX - x) * step) / 15, y + ((endY - y) * step) / 15);
  await touch("touchEnd", endX, endY);
  await session.detach();
};
