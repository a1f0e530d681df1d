import type { Locator, Page } from "playwright-core";

const monthName = (date: Date, month: "long" | "short") =>
  new Intl.DateTimeFormat("tr-TR", { month }).format(date);

// Picks a day in a Turkish calendar: up to the decade, then down through the year and the month to
// the day, so it works whatever month the calendar opens on. With a moment's picker, `time` is
// "HH:mm" typed as a person types it (a click into the hour box, then four digits), or "offered" to
// keep the time the picker gives a day picked on its own; a date's picker takes none.
export const pickDate = async (
  page: Page,
  field: Locator,
  isoDay: string,
  time?: string | "offered",
) => {
  const [year = 0, month = 1, day = 1] = isoDay.split("-").map(Number);
  const date = new Date(year, month - 1, day);
  await field.click();
  const dropdown = page.locator("[data-dates-dropdown]");
  await dropdown.getByRole("button", { name: "Ay seç" }).click();
  await dropdown.getByRole("button", { name: "Yıl seç" }).click();
  await dropdown.getByRole("button", { name: String(year), exact: true }).click();
  await dropdown.getByRole("button", { name: monthName(date, "short"), exact: true }).click();
  const dayLabel = `${day} ${monthName(date, "long")} ${year}`;
  await dropdown.getByRole("button", { name: dayLabel, exact: true }).click();
  if (time) {
    if (time !== "offered") {
      await dropdown.getByRole("spinbutton", { name: "Saat" }).click();
      await page.keyboard.type(time.replace(":", ""));
    }
    await dropdown.getByRole("button", { name: "Tamam" }).click();
  }
  await dropdown.waitFor({ state: "detached" });
};
