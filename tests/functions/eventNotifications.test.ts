import { randomUUID } from "node:crypto";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { newInvite, paths } from "@pano/domain";
import { adminAuth, adminDb, clearFirestore, closeClients } from "@pano/testing/emulatorClients";
import { waitFor } from "@pano/testing/waitFor";
import {
  ayse,
  customer,
  customerPath,
  deal,
  dealPath,
  editBy,
  notificationsOf,
  outbox,
  seedTeam,
  taskPath,
  todo,
  workspaceId,
  zeynep,
  zeynepTokens,
} from "./support/notificationTeam";

// The whole path under the emulators: a write, its trigger, the notification, and its push
// recorded in the outbox (FCM does not exist here).
beforeEach(async () => {
  await clearFirestore();
  await seedTeam();
});
afterAll(closeClients);

const notified = (uid: string, count = 1) =>
  waitFor(
    () => notificationsOf(uid),
    (notifications) => notifications.length >= count,
  );

describe("event notifications under the emulators", () => {
  it("tells Zeynep, in English, that Ayşe assigned her a task, on each of her devices", async () => {
    const dueAt = new Date("2026-12-01T09:00:00Z");
    await adminDb.doc(taskPath("t1")).set(todo(ayse.uid, { assigneeId: zeynep.uid, dueAt }));

    const messages = await waitFor(outbox, (entries) => entries.length === 2);
    expect(messages).toEqual(
      [...zeynepTokens].sort().map((token) => ({
        token,
        data: {
          title: "Task assigned to you",
          body: "Ayşe Yılmaz assigned “Logo tasarımı” to you (due 1 Dec 2026, 12:00)",
          link: `/w/${workspaceId}/customers/c1?task=t1`,
        },
        webpush: { headers: { Urgency: "high" } },
      })),
    );
    const [notification] = await waitFor(
      () => notificationsOf(zeynep.uid),
      (notifications) => notifications[0]?.pushAt === null,
    );
    expect(notification).toMatchObject({
      type: "task_assigned",
      params: { taskTitle: "Logo tasarımı", actorName: "Ayşe Yılmaz", dueAt },
      workspaceId,
      link: `/w/${workspaceId}/customers/c1?task=t1`,
      inbox: true,
      read: false,
    });
  });

  it("tells the new owner when someone else hands them a customer", async () => {
    await adminDb.doc(customerPath("c1")).set(customer(ayse.uid, ayse.uid));
    await adminDb.doc(customerPath("c1")).update(editBy(ayse.uid, { ownerId: zeynep.uid }));

    const [notification] = await notified(zeynep.uid);
    expect(notification).toMatchObject({
      type: "customer_assigned",
      params: { customerName: "Mavi Deniz Turizm", actorName: "Ayşe Yılmaz" },
      link: `/w/${workspaceId}/customers/c1`,
    });
  });

  it("tells the owner of a deal someone else created for them, with its amount", async () => {
    await adminDb.doc(dealPath("d1")).set(deal(ayse.uid, zeynep.uid));

    const [notification] = await notified(zeynep.uid);
    expect(notification).toMatchObject({
      type: "deal_assigned",
      params: {
        dealTitle: "Web sitesi",
        actorName: "Ayşe Yılmaz",
        value: 45000.5,
        currency: "TRY",
      },
      link: `/w/${workspaceId}/deals/d1`,
    });
  });

  it("tells a registered, verified address about its invite and links to the invitations", async () => {
    const email = `invitee-${randomUUID().slice(0, 8)}@notify.test`;
    const { uid } = await adminAuth.createUser({
      email,
      password: "secret-1",
      emailVerified: true,
    });
    await adminDb
      .doc(paths.invite(workspaceId, email))
      .set(newInvite({ email, role: "member" }, "Demo Ajans", ayse, new Date()));

    const [notification] = await notified(uid);
    expect(notification).toMatchObject({
      type: "workspace_invite",
      params: { workspaceName: "Demo Ajans", actorName: "Ayşe Yılmaz" },
      workspaceId,
      link: "/workspaces",
    });
  });
});
