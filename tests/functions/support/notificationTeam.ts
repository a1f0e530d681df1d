import { Timestamp } from "firebase-admin/firestore";
import {
  customerInputSchema,
  dealInputSchema,
  defaultNotificationPreferences,
  defaultStages,
  newCustomer,
  newDeal,
  newMember,
  newTask,
  newUserProfile,
  newWorkspace,
  notificationSchema,
  paths,
  pushMessageSchema,
  pushOutboxEntrySchema,
  taskInputSchema,
  timestampsToDates,
  type NotificationPreferences,
} from "@pano/domain";
import { adminDb } from "@pano/testing/emulatorClients";

export const workspaceId = "ws-notify";

// Ayşe hands work to Zeynep, who reads Pano in English and has two devices.
export const ayse = { uid: "u-ayse", displayName: "Ayşe Yılmaz", email: "ayse@notify.test" };
export const zeynep = { uid: "u-zeynep", displayName: "Zeynep Kaya", email: "zeynep@notify.test" };
export const zeynepTokens = ["token-zeynep-laptop", "token-zeynep-phone"];

export const seedTeam = async () => {
  const now = new Date();
  await adminDb
    .doc(paths.workspace(workspaceId))
    .set(newWorkspace("Demo Ajans", defaultStages("tr"), ayse.uid, now));
  await adminDb.doc(paths.member(workspaceId, ayse.uid)).set(newMember(ayse, "owner", now));
  await adminDb.doc(paths.member(workspaceId, zeynep.uid)).set(newMember(zeynep, "member", now));
  await adminDb.doc(paths.user(ayse.uid)).set(newUserProfile({ ...ayse, locale: "tr" }, now));
  await adminDb.doc(paths.user(zeynep.uid)).set(newUserProfile({ ...zeynep, locale: "en" }, now));
  await Promise.all(
    zeynepTokens.map((token, index) =>
      adminDb
        .doc(paths.device(zeynep.uid, `d${index}`))
        .set({ token, platform: "web", createdAt: now, lastSeenAt: now }),
    ),
  );
};

export const setPreferences = (
  uid: string,
  change: (preferences: Omit<NotificationPreferences, "updatedAt">) => void,
) => {
  const preferences = defaultNotificationPreferences();
  change(preferences);
  return adminDb
    .doc(paths.notificationPreferences(uid))
    .set({ ...preferences, updatedAt: new Date() });
};

const dates = (data: unknown) => timestampsToDates(data, (value) => value instanceof Timestamp);

export const notificationsOf = async (uid: string) =>
  (await adminDb.collection(paths.notifications(uid)).get()).docs.map((document) => ({
    id: document.id,
    ...notificationSchema.parse(dates(document.data())),
  }));

export const outbox = async () =>
  (await adminDb.collection(paths.pushOutbox()).get()).docs
    .map((document) => pushMessageSchema.parse(pushOutboxEntrySchema.parse(dates(document.data()))))
    .sort((first, second) => first.token.localeCompare(second.token));

export const taskPath = (taskId: string) => paths.task(workspaceId, taskId);
export const customerPath = (customerId: string) => paths.customer(workspaceId, customerId);
export const dealPath = (dealId: string) => paths.deal(workspaceId, dealId);

// A customer to-do as the web client writes it.
export const todo = (createdBy: string, fields: Record<string, unknown>) =>
  newTask(
    taskInputSchema.parse({ title: "Logo tasarımı", ...fields }),
    { projectId: null, customerId: "c1", dealId: null, status: "todo", rank: "a0" },
    { createdBy, completed: false },
    new Date(),
  );

export const customer = (createdBy: string, ownerId: string) =>
  newCustomer(
    customerInputSchema.parse({ name: "Mavi Deniz Turizm", ownerId }),
    createdBy,
    new Date(),
  );

export const deal = (createdBy: string, ownerId: string) =>
  newDeal(
    dealInputSchema.parse({ title: "Web sitesi", customerId: "c1", value: 45000.5, ownerId }),
    { stage: "lead", rank: "a0", lostReason: null },
    "reopens",
    createdBy,
    new Date(),
  );

// An edit as the web client writes it: the writer and the time with the changed fields.
export const editBy = (uid: string, fields: Record<string, unknown>) => ({
  ...fields,
  updatedBy: uid,
  updatedAt: new Date(),
});
