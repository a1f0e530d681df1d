import { randomUUID } from "node:crypto";
import type { DocumentData, DocumentReference } from "firebase-admin/firestore";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { newInvite, paths, type PushMessage } from "@pano/domain";
import { createProjectForWonDeal } from "../../functions/src/triggers/onDealWritten";
import { onCustomerHandedOver } from "../../functions/src/triggers/onCustomerHandedOver";
import { onDealHandedOver } from "../../functions/src/triggers/onDealHandedOver";
import { onInviteWritten } from "../../functions/src/triggers/onInviteWritten";
import { onTaskAssigned } from "../../functions/src/triggers/onTaskAssigned";
import { deliverPush } from "../../functions/src/push/deliverPush";
import type { PushResult, PushSender } from "../../functions/src/push/pushSender";
import { sendDuePushes } from "../../functions/src/scheduled/sendHeldPushes";
import {
  disableBackgroundTriggers,
  enableBackgroundTriggers,
} from "@pano/testing/backgroundTriggers";
import { adminAuth, adminDb, clearFirestore, closeClients } from "@pano/testing/emulatorClients";
import { missing, writtenEvent } from "@pano/testing/triggerEvents";
import {
  ayse,
  customer,
  customerPath,
  deal,
  dealPath,
  editBy,
  notificationsOf,
  seedTeam,
  setPreferences,
  taskPath,
  todo,
  workspaceId,
  zeynep,
  zeynepTokens,
} from "./support/notificationTeam";

// The handlers called directly, with the emulator's own delivery off: each event is delivered
// exactly when and as often as the test says, so "nothing was sent" is a fact, not a race.
beforeAll(disableBackgroundTriggers);
afterAll(async () => {
  await enableBackgroundTriggers();
  await closeClients();
});
beforeEach(async () => {
  await clearFirestore();
  await seedTeam();
});

type Write = (reference: DocumentReference) => Promise<unknown>;

// Writes a document as a client would and hands the resulting event to the trigger; the event is
// returned so a test can deliver it again.
const writeAndHandle = async <Params extends Record<string, string>>(
  trigger: { run: (event: ReturnType<typeof writtenEvent<Params>>) => unknown },
  path: string,
  params: Params,
  write: Write,
) => {
  const reference = adminDb.doc(path);
  const existing = await reference.get();
  const before = existing.exists ? existing : await missing(adminDb, path);
  await write(reference);
  const event = writtenEvent(randomUUID(), params, before, await reference.get());
  await trigger.run(event);
  return event;
};

const taskEvent = (taskId: string, write: Write) =>
  writeAndHandle(onTaskAssigned, taskPath(taskId), { workspaceId, taskId }, write);
const customerEvent = (customerId: string, write: Write) =>
  writeAndHandle(
    onCustomerHandedOver,
    customerPath(customerId),
    { workspaceId, customerId },
    write,
  );
const dealEvent = (dealId: string, write: Write) =>
  writeAndHandle(onDealHandedOver, dealPath(dealId), { workspaceId, dealId }, write);
const inviteEvent = (email: string, data: DocumentData) =>
  writeAndHandle(
    onInviteWritten,
    paths.invite(workspaceId, email),
    { workspaceId, inviteId: email },
    (reference) => reference.set(data),
  );

// A sender that records what it was asked to send and refuses the tokens it is told to.
const fakeSender = (refusals: Record<string, string> = {}) => {
  const sent: PushMessage[] = [];
  const send: PushSender = async (messages) => {
    sent.push(...messages);
    return messages.map((message): PushResult => ({
      token: message.token,
      error: refusals[message.token] ?? null,
    }));
  };
  return { sent, send };
};

const allNotifications = async () => (await adminDb.collectionGroup("notifications").get()).size;

describe("who is told", () => {
  it("tells nobody about a task they assigned to themselves or an edit that keeps the assignee", async () => {
    await taskEvent("t1", (reference) =>
      reference.set(todo(zeynep.uid, { assigneeId: zeynep.uid })),
    );
    expect(await allNotifications()).toBe(0);

    await taskEvent("t2", (reference) => reference.set(todo(ayse.uid, { assigneeId: zeynep.uid })));
    await taskEvent("t2", (reference) => reference.update(editBy(ayse.uid, { title: "Logo v2" })));
    await taskEvent("t2", (reference) => reference.update(editBy(ayse.uid, { assigneeId: null })));
    expect(await notificationsOf(zeynep.uid)).toHaveLength(1);
  });

  it("tells Zeynep when Ayşe moves a task from someone else to her, but nobody when she takes it herself", async () => {
    await taskEvent("t1", (reference) => reference.set(todo(ayse.uid, { assigneeId: ayse.uid })));
    await taskEvent("t1", (reference) =>
      reference.update(editBy(zeynep.uid, { assigneeId: zeynep.uid })),
    );
    expect(await allNotifications()).toBe(0);

    await taskEvent("t2", (reference) => reference.set(todo(ayse.uid, { assigneeId: ayse.uid })));
    await taskEvent("t2", (reference) =>
      reference.update(editBy(ayse.uid, { assigneeId: zeynep.uid })),
    );
    expect((await notificationsOf(zeynep.uid)).map((notification) => notification.type)).toEqual([
      "task_assigned",
    ]);
  });

  it("tells nobody about a customer or deal its creator keeps or takes", async () => {
    await customerEvent("c1", (reference) => reference.set(customer(ayse.uid, ayse.uid)));
    await customerEvent("c2", (reference) => reference.set(customer(ayse.uid, zeynep.uid)));
    await customerEvent("c2", (reference) =>
      reference.update(editBy(ayse.uid, { ownerId: ayse.uid })),
    );
    await dealEvent("d1", (reference) => reference.set(deal(zeynep.uid, zeynep.uid)));
    await dealEvent("d1", (reference) => reference.update(editBy(ayse.uid, { stage: "proposal" })));
    await dealEvent("d2", (reference) => reference.set(deal(ayse.uid, ayse.uid)));
    await dealEvent("d2", (reference) =>
      reference.update(editBy(zeynep.uid, { ownerId: zeynep.uid })),
    );
    expect(await notificationsOf(ayse.uid)).toEqual([]);
    expect((await notificationsOf(zeynep.uid)).map((notification) => notification.type)).toEqual([
      "customer_assigned",
    ]);
  });

  it("tells nobody about an invite to an address with no account, or one not yet verified", async () => {
    const stranger = `nobody-${randomUUID().slice(0, 8)}@notify.test`;
    await inviteEvent(
      stranger,
      newInvite({ email: stranger, role: "member" }, "Demo Ajans", ayse, new Date()),
    );
    const unverified = `unverified-${randomUUID().slice(0, 8)}@notify.test`;
    await adminAuth.createUser({ email: unverified, password: "secret-1", emailVerified: false });
    await inviteEvent(
      unverified,
      newInvite({ email: unverified, role: "member" }, "Demo Ajans", ayse, new Date()),
    );
    expect(await allNotifications()).toBe(0);
  });

  it("tells an invitee once per invite, and again when the invite is sent again", async () => {
    const email = `invitee-${randomUUID().slice(0, 8)}@notify.test`;
    const { uid } = await adminAuth.createUser({
      email,
      password: "secret-1",
      emailVerified: true,
    });
    const invite = newInvite(
      { email, role: "viewer" },
      "Demo Ajans",
      ayse,
      new Date("2026-11-30T09:00:00Z"),
    );
    const event = await inviteEvent(email, invite);
    await onInviteWritten.run(event);
    expect(await notificationsOf(uid)).toHaveLength(1);
    await inviteEvent(email, { ...invite, createdAt: new Date("2026-12-01T09:00:00Z") });
    expect(await notificationsOf(uid)).toHaveLength(2);
  });
});

describe("redelivery", () => {
  it("writes one notification however often and however concurrently an event comes", async () => {
    const event = await taskEvent("t1", (reference) =>
      reference.set(todo(ayse.uid, { assigneeId: zeynep.uid })),
    );
    await Promise.all([
      onTaskAssigned.run(event),
      onTaskAssigned.run(event),
      onTaskAssigned.run(event),
    ]);
    await onTaskAssigned.run(event);
    expect(await notificationsOf(zeynep.uid)).toHaveLength(1);
  });
});

describe("the recipient's settings", () => {
  const assign = () =>
    taskEvent("t1", (reference) => reference.set(todo(ayse.uid, { assigneeId: zeynep.uid })));

  it("keeps the push but not the inbox entry when the inbox is off", async () => {
    await setPreferences(zeynep.uid, (preferences) => {
      preferences.channels.task_assigned = { inbox: false, push: true };
    });
    await assign();
    const [notification] = await notificationsOf(zeynep.uid);
    expect(notification?.inbox).toBe(false);
    const { sent, send } = fakeSender();
    await deliverPush(zeynep.uid, notification?.id ?? "", send);
    expect(sent.map((message) => message.token).sort()).toEqual([...zeynepTokens].sort());
  });

  it("writes the inbox entry and sends nothing when the push is off", async () => {
    await setPreferences(zeynep.uid, (preferences) => {
      preferences.channels.task_assigned = { inbox: true, push: false };
    });
    await assign();
    const [notification] = await notificationsOf(zeynep.uid);
    expect(notification).toMatchObject({ inbox: true, pushAt: null });
    const { sent, send } = fakeSender();
    await deliverPush(zeynep.uid, notification?.id ?? "", send);
    await sendDuePushes(send);
    expect(sent).toEqual([]);
  });

  it("writes nothing when both are off, and other types still arrive", async () => {
    await setPreferences(zeynep.uid, (preferences) => {
      preferences.channels.task_assigned = { inbox: false, push: false };
    });
    await assign();
    expect(await notificationsOf(zeynep.uid)).toEqual([]);
    await customerEvent("c1", (reference) => reference.set(customer(ayse.uid, zeynep.uid)));
    expect(await notificationsOf(zeynep.uid)).toHaveLength(1);
  });

  it("holds a push made in quiet hours until they end, then the scheduled run sends it once", async () => {
    const hour = Number(
      new Intl.DateTimeFormat("en-GB", {
        timeZone: "Europe/Istanbul",
        hour: "2-digit",
        hourCycle: "h23",
      }).format(new Date()),
    );
    await setPreferences(zeynep.uid, (preferences) => {
      preferences.quietHours = {
        enabled: true,
        startHour: (hour + 23) % 24,
        endHour: (hour + 1) % 24,
        timeZone: "Europe/Istanbul",
      };
    });
    await assign();
    const [held] = await notificationsOf(zeynep.uid);
    const pushAt = held?.pushAt;
    if (!held || !pushAt) throw new Error("the push was not held");
    expect(pushAt.getTime()).toBeGreaterThan(Date.now());
    expect(held.inbox).toBe(true);

    const { sent, send } = fakeSender();
    await deliverPush(zeynep.uid, held.id, send);
    await sendDuePushes(send);
    expect(sent).toEqual([]);

    await Promise.all([sendDuePushes(send, pushAt), sendDuePushes(send, pushAt)]);
    await sendDuePushes(send, new Date(pushAt.getTime() + 5 * 60_000));
    expect(sent.map((message) => message.token).sort()).toEqual([...zeynepTokens].sort());
    expect((await notificationsOf(zeynep.uid))[0]?.pushAt).toBeNull();
  });

  it("notifies a won deal's owner as their settings say", async () => {
    await setPreferences(ayse.uid, (preferences) => {
      preferences.channels.deal_won = { inbox: true, push: false };
    });
    await adminDb.doc(dealPath("d1")).set({ ...deal(ayse.uid, ayse.uid), stage: "won" });
    await createProjectForWonDeal(workspaceId, "d1");
    expect(await notificationsOf(ayse.uid)).toMatchObject([
      { type: "deal_won", inbox: true, pushAt: null },
    ]);
  });
});

describe("devices", () => {
  it("deletes the devices whose tokens FCM reports gone or invalid and keeps the rest", async () => {
    const now = new Date();
    const device = (token: string) => ({ token, platform: "web", createdAt: now, lastSeenAt: now });
    await adminDb.doc(paths.device(zeynep.uid, "gone")).set(device("token-gone"));
    await adminDb.doc(paths.device(zeynep.uid, "bad")).set(device("token-bad"));
    await adminDb.doc(paths.device(zeynep.uid, "argument")).set(device("token-argument"));
    await adminDb.doc(paths.device(zeynep.uid, "busy")).set(device("token-busy"));
    await taskEvent("t1", (reference) => reference.set(todo(ayse.uid, { assigneeId: zeynep.uid })));
    const [notification] = await notificationsOf(zeynep.uid);

    const { sent, send } = fakeSender({
      "token-gone": "messaging/registration-token-not-registered",
      "token-bad": "messaging/invalid-registration-token",
      "token-argument": "messaging/invalid-argument",
      "token-busy": "messaging/internal-error",
    });
    await deliverPush(zeynep.uid, notification?.id ?? "", send);
    expect(sent).toHaveLength(6);
    const left = (await adminDb.collection(paths.devices(zeynep.uid)).get()).docs.map(
      (document) => document.id,
    );
    expect(left.sort()).toEqual(["busy", "d0", "d1"]);
  });

  it("gives a push back when sending fails, so the next scheduled run sends it", async () => {
    await taskEvent("t1", (reference) => reference.set(todo(ayse.uid, { assigneeId: zeynep.uid })));
    const [notification] = await notificationsOf(zeynep.uid);
    const failing: PushSender = () => Promise.reject(new Error("FCM unavailable"));
    await expect(deliverPush(zeynep.uid, notification?.id ?? "", failing)).rejects.toThrow();
    expect((await notificationsOf(zeynep.uid))[0]?.pushAt).toEqual(notification?.pushAt);

    const { sent, send } = fakeSender();
    await sendDuePushes(send);
    expect(sent).toHaveLength(2);
  });
});
