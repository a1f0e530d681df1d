import type { Page } from "playwright-core";

export const column = (page: Page, name: string) => page.getByRole("region", { name, exact: true });

export const card = (page: Page, columnName: string, title: string) =>
  column(page, columnName).locator("[data-card-id]", { hasText: title });

// A real pointer drag: press, move past the activation distance, travel, release.
export const dragCard = async (page: Page, from: string, title: string, to: string) => {
  const source = card(page, from, title);
  await source.scrollIntoViewIfNeeded();
  const start = await source.boundingBox();
  const target = await column(page, to).boundingBox();
  if (!start || !target) throw new Error(`cannot drag ${title} from ${from} to ${to}`);
  await page.mouse.move(start.x + 30, start.y + 12);
  await page.mouse.down();
  await page.mouse.move(start.x + 45, start.y + 25, { steps: 4 });
  await page.mouse.move(target.x + target.width / 2, target.y + 90, { steps: 15 });
  await page.mouse.up();
};
