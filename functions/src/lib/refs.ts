import {
  activitySchema,
  counterFoldSchema,
  counterShardSchema,
  customerSchema,
  dealSchema,
  interactionSchema,
  deviceSchema,
  inviteSchema,
  memberSchema,
  notificationSchema,
  paths,
  processedEventSchema,
  projectSchema,
  reminderRunSchema,
  reminderSchema,
  taskSchema,
  pushOutboxEntrySchema,
  userProfileSchema,
  workspaceSchema,
} from "@pano/domain";
import { db } from "./admin";
import { converter } from "./converter";

// Every document a function reads or writes, typed by its schema.
export const workspaceRef = (workspaceId: string) =>
  db.doc(paths.workspace(workspaceId)).withConverter(converter(workspaceSchema));

export const memberRef = (workspaceId: string, uid: string) =>
  db.doc(paths.member(workspaceId, uid)).withConverter(converter(memberSchema));

export const inviteRef = (workspaceId: string, email: string) =>
  db.doc(paths.invite(workspaceId, email)).withConverter(converter(inviteSchema));

export const userProfileRef = (uid: string) =>
  db.doc(paths.user(uid)).withConverter(converter(userProfileSchema));

export const customerRef = (workspaceId: string, customerId: string) =>
  db.doc(paths.customer(workspaceId, customerId)).withConverter(converter(customerSchema));

export const dealRef = (workspaceId: string, dealId: string) =>
  db.doc(paths.deal(workspaceId, dealId)).withConverter(converter(dealSchema));

export const projectRef = (workspaceId: string, projectId: string) =>
  db.doc(paths.project(workspaceId, projectId)).withConverter(converter(projectSchema));

export const activityRef = (workspaceId: string, activityId: string) =>
  db.doc(paths.activity(workspaceId, activityId)).withConverter(converter(activitySchema));

export const notificationRef = (uid: string, notificationId: string) =>
  db.doc(paths.notification(uid, notificationId)).withConverter(converter(notificationSchema));

export const processedEventRef = (workspaceId: string, eventId: string) =>
  db.doc(paths.processedEvent(workspaceId, eventId)).withConverter(converter(processedEventSchema));

export const counterShardRef = (documentPath: string, index: number) =>
  db.doc(paths.counterShard(documentPath, index)).withConverter(converter(counterShardSchema));

export const counterFoldRef = (workspaceId: string, documentId: string) =>
  db.doc(paths.counterFold(workspaceId, documentId)).withConverter(converter(counterFoldSchema));

export const taskRef = (workspaceId: string, taskId: string) =>
  db.doc(paths.task(workspaceId, taskId)).withConverter(converter(taskSchema));

export const interactionRef = (workspaceId: string, interactionId: string) =>
  db.doc(paths.interaction(workspaceId, interactionId)).withConverter(converter(interactionSchema));

export const reminderRef = (workspaceId: string, reminderId: string) =>
  db.doc(paths.reminder(workspaceId, reminderId)).withConverter(converter(reminderSchema));

export const newReminderRunRef = () =>
  db.collection(paths.reminderRuns()).doc().withConverter(converter(reminderRunSchema));
// Read raw: preferencesOrDefaults takes whatever part of it is readable.
export const notificationPreferencesRef = (uid: string) =>
  db.doc(paths.notificationPreferences(uid));

export const devicesRef = (uid: string) =>
  db.collection(paths.devices(uid)).withConverter(converter(deviceSchema));

export const pushOutboxEntryRef = (entryId: string) =>
  db.doc(paths.pushOutboxEntry(entryId)).withConverter(converter(pushOutboxEntrySchema));
