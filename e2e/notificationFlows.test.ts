import { randomUUID } from "node:crypto";
import { describe, expect, it, onTestFailed } from "vitest";
import { functionsRegion, newTask, paths, taskInputSchema } from "@pano/domain";
import {
  addCustomer,
  addMember,
  addProject,
  adminDb,
  uidOf,
  workspaceIdOf,
} from "@pano/testing/adminData";
import { openPage, screenshot, screenshotOpenPages, useBrowser } from "@pano/testing/browser";
import { fireScheduledFunction } from "@pano/testing/fireScheduledFunction";
import { createWorkspace, person, signUp } from "@pano/testing/flows";
import { inboxEntries, openInbox, waitForUnread } from "@pano/testing/notifications";
import { addTaskOnBoard } from "@pano/testing/taskBoard";
import { waitFor } from "@pano/testing/waitFor";

const suffix = randomUUID().slice(0, 8);
const browser = useBrowser();

// A task of the project as its creator's client writes it: the domain factory, `updatedBy` the
// creator (the rules hold a client to that).
const writeTask = (
  workspaceId: string,
  taskId: string,
  task: { title: string; projectId: string; assigneeId: string; createdBy: string; dueAt: Date },
) =>
  adminDb.doc(paths.task(workspaceId, taskId)).set(
    newTask(
      taskInputSchema.parse({
        title: task.title,
        assigneeId: task.assigneeId,
        dueAt: task.dueAt,
      }),
      { projectId: task.projectId, customerId: null, dealId: null, status: "todo", rank: "a0" },
      { createdBy: task.createdBy, completed: false },
      new Date(),
    ),
  );

describe("notifications from the functions", () => {
  it("shows a deadline reminder fired by the scheduler live in Zeynep's bell, in Turkish, and opens the task", async () => {
    onTestFailed(async () => {
      await screenshotOpenPages("reminder-bell");
    });
    const zeynep = person("Zeynep Kaya", "zeynep", suffix);
    const page = await openPage(browser(), { width: 1366, height: 800 });
    await signUp(page, zeynep);
    await createWorkspace(page, `Kaya Ajans ${suffix}`);
    const workspaceId = workspaceIdOf(page);
    const uid = await uidOf(zeynep.email);
    await addCustomer(workspaceId, "mavi", "Mavi Deniz Turizm", uid);
    await addProject(workspaceId, "web", { name: "Web Sitesi", customerId: "mavi", ownerId: uid });
    const scheduleTime = new Date();
    const dueAt = new Date(scheduleTime.getTime() + 30 * 60 * 1000);
    await writeTask(workspaceId, "t1", {
      title: "Tasarım onayı",
      projectId: "web",
      assigneeId: uid,
      createdBy: uid,
      dueAt,
    });
    await waitFor(
      async () => (await adminDb.doc(paths.reminder(workspaceId, "task-t1")).get()).exists,
      (exists) => exists,
    );
    await waitForUnread(page, 0);

    const fired = Date.now();
    await fireScheduledFunction({ name: "sendReminders", region: functionsRegion, scheduleTime });
    await waitForUnread(page, 1);
    console.info(`reminder fired → bell shows it: ${Date.now() - fired} ms`);

    const panel = await openInbox(page);
    const entry = inboxEntries(page).first();
    await entry.getByText("“Tasarım onayı” 30 dakika içinde teslim", { exact: false }).waitFor();
    await screenshot(page, "reminder-bell-01-inbox");
    await entry.click();
    await page.waitForURL(`**/w/${workspaceId}/projects/web?task=t1`);
    const drawer = page.getByRole("form", { name: "Görevi düzenle" });
    expect(await drawer.getByLabel("Görev").inputValue()).toBe("Tasarım onayı");
    await waitForUnread(page, 0);
    await panel.waitFor({ state: "hidden" });
    await screenshot(page, "reminder-bell-02-task-open");
  });

  it("tells Mehmet live when Ayşe assigns him a task, in English when his UI is English, and never Ayşe", async () => {
    onTestFailed(async () => {
      await screenshotOpenPages("assigned-bell");
    });
    const ayse = person("Ayşe Yılmaz", "ayse", suffix);
    const mehmet = person("Mehmet Demir", "mehmet", suffix);
    const ayşePage = await openPage(browser(), { width: 1366, height: 800 });
    await signUp(ayşePage, ayse);
    await createWorkspace(ayşePage, `Yılmaz Ajans ${suffix}`);
    const workspaceId = workspaceIdOf(ayşePage);
    const ayseUid = await uidOf(ayse.email);

    const mehmetPage = await openPage(browser(), { width: 390, height: 844 });
    await signUp(mehmetPage, mehmet);
    const mehmetUid = await uidOf(mehmet.email);
    await addMember(workspaceId, {
      uid: mehmetUid,
      role: "member",
      name: mehmet.name,
      email: mehmet.email,
    });
    // The app writes the profile just after sign-up; on a busy machine it may not be there yet.
    const profile = adminDb.doc(paths.user(mehmetUid));
    await waitFor(
      () => profile.get(),
      (snapshot) => snapshot.exists,
    );
    await profile.update({ locale: "en" });
    await mehmetPage.goto(`/w/${workspaceId}/tasks`);
    await waitForUnread(mehmetPage, 0);

    await addCustomer(workspaceId, "mavi", "Mavi Deniz Turizm", ayseUid);
    await addProject(workspaceId, "web", { name: "Web", customerId: "mavi", ownerId: ayseUid });
    await ayşePage.goto(`/w/${workspaceId}/projects/web`);
    const inThreeDays = new Date(Date.now() + 3 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
    await addTaskOnBoard(ayşePage, "Logo", mehmet.name, [inThreeDays, "17:00"]);
    const assigned = Date.now();
    await waitForUnread(mehmetPage, 1);
    console.info(`task on Ayşe's board → Mehmet's bell shows it: ${Date.now() - assigned} ms`);
    await openInbox(mehmetPage);
    await inboxEntries(mehmetPage)
      .first()
      .getByText("Ayşe Yılmaz assigned “Logo” to you", { exact: false })
      .waitFor();
    await screenshot(mehmetPage, "assigned-bell-01-english-phone");
    await inboxEntries(mehmetPage).first().click();
    await mehmetPage.waitForURL(`**/w/${workspaceId}/projects/web?task=*`);
    const drawer = mehmetPage.getByRole("form", { name: "Edit task" });
    expect(await drawer.getByRole("textbox", { name: "Task", exact: true }).inputValue()).toBe(
      "Logo",
    );
    await screenshot(mehmetPage, "assigned-bell-02-task-open-phone");
    expect((await adminDb.collection(paths.notifications(ayseUid)).get()).size).toBe(0);
  });
});
