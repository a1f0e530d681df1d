import type { Page } from "playwright-core";
import { card } from "./board";
import { pickDate } from "./datePicker";

// Adds a task on the open project board through its "Yeni görev" drawer, assigned and dated the
// way a person does it, and waits for its card in the first column.
export const addTaskOnBoard = async (
  page: Page,
  title: string,
  assignee: string,
  due: [day: string, time: string | "offered"],
) => {
  await page.getByRole("button", { name: "Yeni görev" }).click();
  const drawer = page.getByRole("form", { name: "Yeni görev" });
  await drawer.getByLabel("Görev").fill(title);
  await drawer.getByLabel("Atanan").click();
  await page.getByRole("option", { name: assignee }).click();
  await pickDate(page, drawer.getByLabel("Son tarih"), ...due);
  await drawer.getByRole("button", { name: "Kaydet" }).click();
  await drawer.waitFor({ state: "detached" });
  await card(page, "Yapılacak", title).waitFor();
};
