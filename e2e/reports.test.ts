import { readFileSync } from "node:fs";
import { randomUUID } from "node:crypto";
import type { Page } from "playwright-core";
import { describe, expect, it, onTestFailed } from "vitest";
import { addMonths, istanbulMonthKey, noOne, paths } from "@pano/domain";
import { addCustomer, addMember, adminDb, uidOf } from "@pano/testing/adminData";
import { customerDoc } from "@pano/testing/documents";
import { openPage, screenshot, screenshotOpenPages, useBrowser } from "@pano/testing/browser";
import { person, signUp } from "@pano/testing/flows";
import { setMonthStats, setPipelineStats } from "@pano/testing/reportStats";
import { seedWorkspace } from "@pano/testing/seedWorkspace";

const suffix = randomUUID().slice(0, 8);
const member = person("Mert Özkan", "mert", suffix);
const viewer = person("Vedat Işık", "vedat", suffix);
const seller = { uid: `ayla-${suffix}`, email: `ayla.${suffix}@pano.test`, name: "Ayla Şahin" };
const wide = { width: 1366, height: 900 };
const phone = { width: 390, height: 844 };

const browser = useBrowser();

const thisMonth = istanbulMonthKey(new Date());
const lastMonth = addMonths(thisMonth, -1);

const card = (page: Page, label: string) => page.getByRole("group", { name: label, exact: true });

const downloadText = async (page: Page, click: () => Promise<void>) => {
  const [download] = await Promise.all([page.waitForEvent("download"), click()]);
  return readFileSync(await download.path(), "utf8")
    .replace(/^\uFEFF/, "")
    .split("\r\n");
};

const pick = async (page: Page, label: string, option: string) => {
  await page.getByRole("combobox", { name: label, exact: true }).click();
  await page.getByRole("option", { name: option, exact: true }).click();
};

// Stats written as the functions would, so each figure is known exactly (e2e/pipeline.test.ts
// drives the real functions from a drag to won).
const seedStats = async (workspaceId: string, memberUid: string) => {
  await setPipelineStats(workspaceId, {
    openByStage: {
      lead: { count: 1, value: { TRY: 1000 } },
      proposal: { count: 2, value: { TRY: 1500.75, EUR: 200 } },
    },
    openTasksByAssignee: {
      [memberUid]: { count: 2, dueByDay: { "2020-01-06": 1, [noOne]: 1 } },
    },
  });
  await setMonthStats(workspaceId, {
    month: thisMonth,
    won: {
      count: 1,
      value: { TRY: 1500.75 },
      cycleDays: 10,
      byOwner: { [memberUid]: { count: 1, value: { TRY: 1500.75 } } },
    },
    lost: {
      count: 1,
      value: { TRY: 500 },
      byOwner: { [seller.uid]: { count: 1, value: { TRY: 500 } } },
      reasons: { "Bütçe yetmedi": 1 },
    },
    interactions: {
      count: 3,
      byType: { call: 2, email: 1 },
      byMember: { [memberUid]: 3 },
      byWeek: { [`${thisMonth}-01`]: { call: 2, email: 1 } },
      customers: { "c-1": 2, "c-2": 1 },
    },
    tasks: {
      completed: 2,
      completedByWeek: { [`${thisMonth}-01`]: 2 },
      completedByAssignee: { [memberUid]: 2 },
    },
  });
  await setMonthStats(workspaceId, {
    month: lastMonth,
    won: {
      count: 2,
      value: { TRY: 3000, USD: 1200 },
      cycleDays: 40,
      byOwner: { [seller.uid]: { count: 2, value: { TRY: 3000, USD: 1200 } } },
    },
  });
  // Outside the default three months: only a longer period counts it.
  await setMonthStats(workspaceId, {
    month: addMonths(thisMonth, -5),
    won: { count: 4, value: { TRY: 10000 }, cycleDays: 80, byOwner: {} },
  });
};

describe("reports", () => {
  it("shows a member and a viewer the stats in both languages, by period and owner, exports tables and follows changes live", async () => {
    onTestFailed(async () => {
      await screenshotOpenPages("reports");
    });
    const page = await openPage(browser(), wide);
    await signUp(page, member);
    const viewerPage = await openPage(browser(), phone);
    await signUp(viewerPage, viewer);
    const memberUid = await uidOf(member.email);
    const workspaceId = `reports-${suffix}`;
    await seedWorkspace(workspaceId, [{ ...seller, role: "owner" }]);
    await addMember(workspaceId, { ...seller, role: "owner" });
    await addMember(workspaceId, { uid: memberUid, role: "member", ...member });
    await addMember(workspaceId, {
      uid: await uidOf(viewer.email),
      role: "viewer",
      name: viewer.name,
      email: viewer.email,
    });
    await seedStats(workspaceId, memberUid);
    await addCustomer(workspaceId, "never", "Mavi Deniz Turizm", seller.uid);
    await adminDb.doc(paths.customer(workspaceId, "quiet")).set({
      ...customerDoc("Kuzey Yapı", seller.uid),
      lastContactAt: new Date(Date.now() - 40 * 24 * 60 * 60 * 1000),
    });
    // Open follow-ups as the interactions function keeps them: two whose date has passed, one
    // still ahead (not overdue), each after a recent last contact.
    const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 60 * 60 * 1000);
    const followUps = [
      { id: "overdue-1", name: "Ege Tekstil", openFollowUpAt: daysAgo(2) },
      { id: "overdue-2", name: "Güneş Enerji", openFollowUpAt: daysAgo(1) },
      { id: "ahead", name: "Işık Mobilya", openFollowUpAt: daysAgo(-3) },
    ];
    await Promise.all(
      followUps.map(({ id, name, openFollowUpAt }) =>
        adminDb.doc(paths.customer(workspaceId, id)).set({
          ...customerDoc(name, seller.uid),
          lastContactAt: daysAgo(5),
          openFollowUpAt,
        }),
      ),
    );

    await page.goto(`/w/${workspaceId}/reports`);
    await page.getByRole("heading", { name: "Raporlar" }).waitFor();
    const won = card(page, "Dönemde kazanılan");
    await won.getByText("₺4.500,75 · $1.200,00").waitFor();
    await won.getByText("3 anlaşma").waitFor();
    await card(page, "Açık satış hattı").getByText("₺2.500,75 · €200,00").waitFor();
    await card(page, "Kazanma oranı").getByText("%75").waitFor();
    await card(page, "Ortalama kapanış süresi").getByText("17 gün").waitFor();
    const contactGap = page.getByRole("status").filter({ hasText: "İletişim bekleyen müşteriler" });
    await contactGap
      .getByText("1 müşteriyle 30 günden uzun süredir iletişim kurulmadı.", { exact: false })
      .waitFor();
    await contactGap.getByText("1 müşteriyle hiç iletişim kurulmadı.", { exact: false }).waitFor();
    await contactGap.getByText("2 müşterinin takip tarihi geçti.", { exact: false }).waitFor();
    await card(page, "Ortalama anlaşma")
      .getByText("Birden çok para birimi var", { exact: false })
      .waitFor();
    await page
      .getByRole("region", { name: "Kaybetme nedenleri" })
      .getByText("Bütçe yetmedi")
      .waitFor();
    await screenshot(page, "reports-tr-light-1366");

    await pick(page, "Dönem", "Bu ay");
    await won.getByText("₺1.500,75", { exact: true }).waitFor();
    await card(page, "Kazanma oranı").getByText("%50").waitFor();
    await card(page, "Ortalama anlaşma").getByText("₺1.500,75").waitFor();
    await pick(page, "Dönem", "Son 12 ay");
    await won.getByText("₺14.500,75 · $1.200,00").waitFor();
    await pick(page, "Dönem", "Son 3 ay");
    await won.getByText("₺4.500,75 · $1.200,00").waitFor();

    await pick(page, "Satış sorumlusu", seller.name);
    await won.getByText("₺3.000,00 · $1.200,00").waitFor();
    await card(page, "Kazanma oranı").getByText("%67").waitFor();
    await page
      .getByText("Sorumlu filtresi yalnızca kazanılan ve kaybedilen", { exact: false })
      .waitFor();
    // The pipeline is the team's whatever the filter.
    await card(page, "Açık satış hattı").getByText("₺2.500,75 · €200,00").waitFor();
    await pick(page, "Satış sorumlusu", "Tüm ekip");
    await won.getByText("₺4.500,75 · $1.200,00").waitFor();

    const owners = await downloadText(page, () =>
      page
        .getByRole("button", { name: "Sorumlulara göre satış tablosunu CSV olarak indir" })
        .click(),
    );
    expect(owners[0]).toBe(
      "Satış sorumlusu;Kazanılan;Kazanılan tutar (TRY);Kazanılan tutar (USD);Kaybedilen;Kazanma oranı",
    );
    expect(owners).toContain("Ayla Şahin;2;3.000;1.200;1;%67");
    expect(owners).toContain("Mert Özkan;1;1.500,75;;0;%100");

    // A change to a stats document shows on the open page without a reload.
    await setMonthStats(workspaceId, {
      month: thisMonth,
      won: {
        count: 2,
        value: { TRY: 4500.75 },
        cycleDays: 20,
        byOwner: { [memberUid]: { count: 2, value: { TRY: 4500.75 } } },
      },
      lost: {
        count: 1,
        value: { TRY: 500 },
        byOwner: { [seller.uid]: { count: 1, value: { TRY: 500 } } },
        reasons: { "Bütçe yetmedi": 1 },
      },
    });
    await won.getByText("₺7.500,75 · $1.200,00").waitFor();
    await won.getByText("4 anlaşma").waitFor();
    await card(page, "Kazanma oranı").getByText("%80").waitFor();

    // A period never opened on this device waits for the server's answer: the cache holds only
    // the months other periods left in it (not the one added below), which add up to less.
    const earlier = addMonths(thisMonth, -7);
    await setMonthStats(workspaceId, {
      month: earlier,
      won: { count: 1, value: { TRY: 20000 }, cycleDays: 30, byOwner: {} },
    });
    await page.addInitScript(`
      window.wonSeen = [];
      new MutationObserver(() => {
        const tile = document.querySelector('[role="group"][aria-label="Dönemde kazanılan"]');
        const text = tile && tile.textContent;
        if (text && window.wonSeen[window.wonSeen.length - 1] !== text) window.wonSeen.push(text);
      }).observe(document, { subtree: true, childList: true, characterData: true });
    `);
    await page.goto(`/w/${workspaceId}/reports?period=custom&from=${earlier}&to=${thisMonth}`);
    await won.getByText("₺37.500,75 · $1.200,00").waitFor();
    const wonSeen = await page.evaluate<string[]>("window.wonSeen");
    expect(wonSeen.filter((text) => !text.includes("₺37.500,75"))).toEqual([]);
    await page.goto(`/w/${workspaceId}/reports`);
    await won.getByText("₺7.500,75 · $1.200,00").waitFor();

    await page.getByTestId("language-switch").getByText("EN", { exact: true }).click();
    await page.getByRole("heading", { name: "Reports" }).waitFor();
    const wonEn = card(page, "Won in period");
    await wonEn.getByText("₺7,500.75 · $1,200.00").waitFor();
    await wonEn.getByText("4 deals").waitFor();
    await card(page, "Win rate").getByText("80%").waitFor();
    await card(page, "Average time to win").getByText("15 days").waitFor();
    await page
      .getByRole("status")
      .filter({ hasText: "Customers waiting to hear from you" })
      .getByText("2 customers have an overdue follow-up.", { exact: false })
      .waitFor();
    const reasons = await downloadText(page, () =>
      page.getByRole("button", { name: "Download Lost reasons as CSV" }).click(),
    );
    expect(reasons).toEqual(["Reason,Count", "Bütçe yetmedi,1"]);

    await screenshot(page, "reports-en-light-1366");
    await page.setViewportSize(phone);
    await screenshot(page, "reports-en-light-390");
    await page.setViewportSize(wide);
    await page.getByRole("button", { name: "Toggle light/dark appearance" }).click();
    await screenshot(page, "reports-en-dark-1366");
    await page.setViewportSize(phone);
    await screenshot(page, "reports-en-dark-390");
    await page.setViewportSize(wide);
    await page.getByTestId("language-switch").getByText("TR", { exact: true }).click();
    await page.getByRole("heading", { name: "Raporlar" }).waitFor();
    await screenshot(page, "reports-tr-dark-1366");
    await page.setViewportSize(phone);
    await screenshot(page, "reports-tr-dark-390");

    await viewerPage.goto(`/w/${workspaceId}/reports`);
    await card(viewerPage, "Dönemde kazanılan").getByText("₺7.500,75 · $1.200,00").waitFor();
    await viewerPage
      .getByRole("region", { name: "Sorumlulara göre satış" })
      .getByText(seller.name)
      .waitFor();
    await screenshot(viewerPage, "reports-tr-light-390");
  });

  it("shows an empty workspace what will appear and how, not zeros", async () => {
    onTestFailed(async () => {
      await screenshotOpenPages("reports-empty");
    });
    const newcomer = person("Nil Ünal", "nil", suffix);
    const page = await openPage(browser(), wide);
    await signUp(page, newcomer);
    const uid = await uidOf(newcomer.email);
    const workspaceId = `reports-empty-${suffix}`;
    await seedWorkspace(workspaceId, [{ uid, email: newcomer.email, role: "owner" }]);
    // What is left once every deal has gone again: keys at zero.
    await setPipelineStats(workspaceId, { openByStage: { lead: { count: 0, value: { TRY: 0 } } } });

    await page.goto(`/w/${workspaceId}/reports`);
    const empty = page.getByRole("region", { name: "Henüz raporlanacak bir şey yok" });
    await empty.getByText("Satış hattında anlaşma ekleyin ve taşıyın", { exact: false }).waitFor();
    expect(await page.getByRole("group", { name: "Dönemde kazanılan" }).count()).toBe(0);
    await screenshot(page, "reports-empty-tr-1366");
  });
});
