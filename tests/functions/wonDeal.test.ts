import { Timestamp } from "firebase-admin/firestore";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import {
  newUserProfile,
  notificationSchema,
  notificationText,
  paths,
  timestampsToDates,
} from "@pano/domain";
import { createProjectForWonDeal } from "../../functions/src/triggers/onDealWritten";
import { workspaceDoc } from "@pano/testing/documents";
import { adminDb, clearFirestore, closeClients } from "@pano/testing/emulatorClients";
import { waitFor } from "@pano/testing/waitFor";
import { handProject, websiteDeal } from "./support/websiteDeal";

const workspaceId = "ws-deals";
const ownerId = "u-owner";

beforeEach(async () => {
  await clearFirestore();
  await adminDb.doc(paths.workspace(workspaceId)).set(workspaceDoc("Demo Ajans", ownerId));
  await adminDb
    .doc(paths.user(ownerId))
    .set(
      newUserProfile({ displayName: "Ayşe", email: "ayse@demo.test", locale: "tr" }, new Date()),
    );
});
afterAll(closeClients);

const deal = (stage: string) => websiteDeal(ownerId, stage);
const projectRef = (projectId: string) => adminDb.doc(paths.project(workspaceId, projectId));
const customerProjects = async () =>
  (
    await adminDb
      .collection(paths.projects(workspaceId))
      .where("customerId", "==", "a-sirketi")
      .get()
  ).docs;
// Notifications keep a type and its parameters; the owner reads them in Turkish.
const notificationBodies = async () =>
  (await adminDb.collection(paths.notifications(ownerId)).get()).docs.map(
    (document) =>
      notificationText(
        notificationSchema.parse(
          timestampsToDates(document.data(), (value) => value instanceof Timestamp),
        ),
        "tr",
      ).body,
  );

const projectsOf = async (dealId: string) =>
  (await adminDb.collection(paths.projects(workspaceId)).where("dealId", "==", dealId).get()).docs;
const dealProjectId = async (dealId: string) =>
  (await adminDb.doc(paths.deal(workspaceId, dealId)).get()).get("projectId") as string | null;

// The trigger also fires on its own projectId update; wait until everything has settled.
const settledProject = async (dealId: string) => {
  const projectId = await waitFor(
    () => dealProjectId(dealId),
    (id) => id !== null,
  );
  return { projectId, projects: await projectsOf(dealId) };
};

describe("onDealWritten", () => {
  it("creates one planned project, an activity entry and a notification when a deal is won", async () => {
    const ref = adminDb.doc(paths.deal(workspaceId, "d1"));
    await ref.set(deal("proposal"));
    await ref.update({ stage: "won" });
    const { projectId, projects } = await settledProject("d1");
    expect(projects).toHaveLength(1);
    expect(projects[0]?.id).toBe(projectId);
    expect(projects[0]?.data()).toMatchObject({
      name: "Web Sitesi Yenileme",
      customerId: "a-sirketi",
      dealId: "d1",
      status: "planned",
      taskCount: 0,
      doneTaskCount: 0,
    });
    expect(projects[0]?.get("columns").map((column: { name: string }) => column.name)).toEqual([
      "Yapılacak",
      "Devam ediyor",
      "İncelemede",
      "Tamamlandı",
    ]);
    expect(projects[0]?.get("columnIds")).toEqual(["todo", "in_progress", "review", "done"]);
    expect((await adminDb.collection(`workspaces/${workspaceId}/activity`).get()).size).toBe(1);
    const notifications = await adminDb.collection(paths.notifications(ownerId)).get();
    expect(notifications.docs.map((document) => document.get("read"))).toEqual([false]);
  });

  it("creates no project for open or lost stages", async () => {
    const ref = adminDb.doc(paths.deal(workspaceId, "d2"));
    await ref.set(deal("proposal"));
    await ref.update({ stage: "lost" });
    const marker = adminDb.doc(paths.deal(workspaceId, "marker"));
    await marker.set(deal("won"));
    await settledProject("marker");
    expect(await projectsOf("d2")).toHaveLength(0);
  });

  it("makes one project for a deal created already won and changed again at once", async () => {
    const ref = adminDb.doc(paths.deal(workspaceId, "d3"));
    await ref.set(deal("won"));
    await Promise.all([
      ref.update({ value: 160000 }),
      ref.update({ title: "Web Sitesi Yenileme 2" }),
    ]);
    await settledProject("d3");
    await waitFor(
      () => projectsOf("d3"),
      (projects) => projects.length >= 1,
    );
    expect(await projectsOf("d3")).toHaveLength(1);
  });

  it("never makes a second project when the deal goes won → open → won", async () => {
    const ref = adminDb.doc(paths.deal(workspaceId, "d4"));
    await ref.set(deal("negotiation"));
    await ref.update({ stage: "won" });
    const first = await settledProject("d4");
    await ref.update({ stage: "proposal" });
    await ref.update({ stage: "won" });
    const marker = adminDb.doc(paths.deal(workspaceId, "marker-2"));
    await marker.set(deal("won"));
    await settledProject("marker-2");
    const projects = await projectsOf("d4");
    expect(projects.map((project) => project.id)).toEqual([first.projectId]);
    expect((await adminDb.collection(paths.notifications(ownerId)).get()).size).toBe(2);
  });

  it("never brings back a won deal's deleted project when the deal changes or is won again", async () => {
    const ref = adminDb.doc(paths.deal(workspaceId, "d5"));
    await ref.set(deal("won"));
    const { projectId } = await settledProject("d5");
    await adminDb.doc(paths.project(workspaceId, projectId ?? "")).delete();
    await ref.update({ title: "Web Sitesi Yenileme (2. faz)" });
    await ref.update({ stage: "proposal" });
    await ref.update({ stage: "won" });
    const marker = adminDb.doc(paths.deal(workspaceId, "marker-3"));
    await marker.set(deal("won"));
    await settledProject("marker-3");
    expect(await projectsOf("d5")).toHaveLength(0);
    expect(await dealProjectId("d5")).toBe(projectId);
  });

  it("links a deal won with a request to the customer's project made by hand, and makes no other project", async () => {
    await projectRef("p-hand").set(handProject(ownerId));
    const ref = adminDb.doc(paths.deal(workspaceId, "d6"));
    await ref.set(deal("proposal"));
    await ref.update({ stage: "won", linkProjectId: "p-hand" });
    const { projectId } = await settledProject("d6");
    expect(projectId).toBe("p-hand");
    expect((await projectRef("p-hand").get()).get("dealId")).toBe("d6");
    expect((await projectRef("deal-d6").get()).exists).toBe(false);
    expect((await customerProjects()).map((project) => project.id)).toEqual(["p-hand"]);
    const activity = await adminDb.collection(`workspaces/${workspaceId}/activity`).get();
    expect(activity.docs.map((entry) => [entry.get("type"), entry.get("projectId")])).toEqual([
      ["deal_won", "p-hand"],
    ]);
    expect(await notificationBodies()).toEqual([
      "“Web Sitesi Yenileme” kazanıldı ve “Web Sitesi Yenileme” projesine bağlandı.",
    ]);
  });

  it("links an open deal asked for from the project page, and winning it later makes no project", async () => {
    await projectRef("p-hand").set(handProject(ownerId));
    const ref = adminDb.doc(paths.deal(workspaceId, "d7"));
    await ref.set(deal("negotiation"));
    await ref.update({ linkProjectId: "p-hand" });
    expect((await settledProject("d7")).projectId).toBe("p-hand");
    await ref.update({ stage: "won" });
    const marker = adminDb.doc(paths.deal(workspaceId, "marker-4"));
    await marker.set({ ...deal("won"), customerId: "marker" });
    await settledProject("marker-4");
    expect((await customerProjects()).map((project) => project.id)).toEqual(["p-hand"]);
    expect((await projectRef("p-hand").get()).get("dealId")).toBe("d7");
    expect(await notificationBodies()).toContain(
      "“Web Sitesi Yenileme”, “Web Sitesi Yenileme” projesine bağlandı.",
    );
  });

  it("falls back to a new project when the requested one went to another deal meanwhile", async () => {
    await projectRef("p-taken").set(handProject(ownerId, "d-other"));
    const ref = adminDb.doc(paths.deal(workspaceId, "d8"));
    await ref.set(deal("proposal"));
    await ref.update({ stage: "won", linkProjectId: "p-taken" });
    const { projectId, projects } = await settledProject("d8");
    expect(projectId).toBe("deal-d8");
    expect(projects.map((project) => project.id)).toEqual(["deal-d8"]);
    expect((await projectRef("p-taken").get()).get("dealId")).toBe("d-other");
  });

  it("links once however often and however concurrently the event is delivered", async () => {
    await projectRef("p-hand").set(handProject(ownerId));
    const ref = adminDb.doc(paths.deal(workspaceId, "d9"));
    await ref.set({ ...deal("won"), linkProjectId: "p-hand" });
    await Promise.all([
      createProjectForWonDeal(workspaceId, "d9"),
      createProjectForWonDeal(workspaceId, "d9"),
      createProjectForWonDeal(workspaceId, "d9"),
    ]);
    await createProjectForWonDeal(workspaceId, "d9");
    expect(await dealProjectId("d9")).toBe("p-hand");
    expect((await customerProjects()).map((project) => project.id)).toEqual(["p-hand"]);
    expect((await adminDb.collection(`workspaces/${workspaceId}/activity`).get()).size).toBe(1);
    expect(await notificationBodies()).toHaveLength(1);
  });

  it("gives one of two deals racing for the same project the link and the other its own project", async () => {
    await projectRef("p-hand").set(handProject(ownerId));
    const first = adminDb.doc(paths.deal(workspaceId, "d10"));
    const second = adminDb.doc(paths.deal(workspaceId, "d11"));
    await Promise.all([
      first.set({ ...deal("won"), linkProjectId: "p-hand" }),
      second.set({ ...deal("won"), linkProjectId: "p-hand" }),
    ]);
    await Promise.all([
      createProjectForWonDeal(workspaceId, "d10"),
      createProjectForWonDeal(workspaceId, "d11"),
    ]);
    const owners = [await dealProjectId("d10"), await dealProjectId("d11")];
    const linked = (await projectRef("p-hand").get()).get("dealId") as string;
    expect(["d10", "d11"]).toContain(linked);
    const other = linked === "d10" ? "d11" : "d10";
    expect(owners.sort()).toEqual(["p-hand", `deal-${other}`].sort());
    expect((await customerProjects()).map((project) => project.id).sort()).toEqual(
      [`deal-${other}`, "p-hand"].sort(),
    );
  });
});
