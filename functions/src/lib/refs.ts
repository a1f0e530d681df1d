import {
  activitySchema,
  customerSchema,
  dealSchema,
  interactionSchema,
  inviteSchema,
  memberSchema,
  notificationSchema,
  paths,
  processedEventSchema,
  projectSchema,
  reminderRunSchema,
  reminderSchema,
  taskSchema,
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

export const taskRef = (workspaceId: string, taskId: string) =>
  db.doc(paths.task(workspaceId, taskId)).withConverter(converter(taskSchema));

export const interactionRef = (workspaceId: string, interactionId: string) =>
  db.doc(paths.interaction(workspaceId, interactionId)).withConverter(converter(interactionSchema));

export const reminderRef = (workspaceId: string, reminderId: string) =>
  db.doc(paths.reminder(workspaceId, reminderId)).withConverter(converter(reminderSchema));

export const newReminderRunRef = () =>
  db.collection(paths.reminderRuns()).doc().withConverter(converter(reminderRunSchema));
