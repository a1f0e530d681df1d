import { initializeApp } from "firebase-admin/app";
import { getAuth } from "firebase-admin/auth";
import { FieldValue, Timestamp, getFirestore } from "firebase-admin/firestore";
import type { Page } from "playwright-core";
import { waitFor } from "./waitFor";
import {
  columnFields,
  customerDerivedFields,
  defaultColumns,
  customerInputSchema,
  paths,
  type Currency,
  type Role,
} from "@pano/domain";

// What a colleague's earlier work left behind, written with the Admin SDK so each browser test
// spends its time on the flow it is about. Only ever against the emulators.
if (!process.env.FIRESTORE_EMULATOR_HOST) throw new Error("run under firebase emulators:exec");
const app = initializeApp({ projectId: process.env.GCLOUD_PROJECT ?? "demo-pano" }, "e2e-admin");
export const adminDb = getFirestore(app);
const adminAuth = getAuth(app);

export const uidOf = async (email: string) => (await adminAuth.getUserByEmail(email)).uid;

export const workspaceIdOf = (page: Page) => {
  const match = /\/w\/([^/]+)/.exec(new URL(page.url()).pathname);
  if (!match?.[1]) throw new Error(`not inside a workspace: ${page.url()}`);
  return match[1];
};

export const addMember = (
  workspaceId: string,
  member: { uid: string; role: Role; name: string; email: string },
) =>
  adminDb.doc(paths.member(workspaceId, member.uid)).set({
    uid: member.uid,
    role: member.role,
    displayName: member.name,
    email: member.email,
    joinedAt: FieldValue.serverTimestamp(),
  });

export const removeMember = (workspaceId: string, uid: string) =>
  adminDb.doc(paths.member(workspaceId, uid)).delete();

export const deleteCustomer = (workspaceId: string, customerId: string) =>
  adminDb.doc(paths.customer(workspaceId, customerId)).delete();

export const addCustomer = async (
  workspaceId: string,
  customerId: string,
  name: string,
  ownerId: string,
) => {
  const fields = customerInputSchema.parse({ name, ownerId });
  await adminDb.doc(paths.customer(workspaceId, customerId)).set({
    ...fields,
    ...customerDerivedFields(fields),
    lastContactAt: null,
    createdBy: ownerId,
    createdAt: FieldValue.serverTimestamp(),
    updatedAt: FieldValue.serverTimestamp(),
  });
};

export const addDeal = (
  workspaceId: string,
  dealId: string,
  deal: {
    title: string;
    customerId: string;
    ownerId: string;
    stage: string;
    rank: string;
    value: number;
    currency?: Currency;
  },
) =>
  adminDb.doc(paths.deal(workspaceId, dealId)).set({
    currency: "TRY",
    ...deal,
    expectedCloseAt: null,
    lostReason: null,
    projectId: null,
    createdBy: deal.ownerId,
    createdAt: Timestamp.now(),
    updatedAt: Timestamp.now(),
  });

// The server's copy of a deal once it satisfies `holds` (a write reaches the server after the
// screen has already shown it).
// Writes to a deal around the rules, as another tool or an older version of Pano might have.
export const patchDealOnServer = (
  workspaceId: string,
  dealId: string,
  fields: Record<string, unknown>,
) => adminDb.doc(paths.deal(workspaceId, dealId)).update(fields);

export const dealOnServer = (
  workspaceId: string,
  dealId: string,
  holds: (deal: Record<string, unknown>) => boolean,
) =>
  waitFor(
    async () => (await adminDb.doc(paths.deal(workspaceId, dealId)).get()).data() ?? {},
    holds,
  );

// The server's copy of a task once it satisfies `holds`.
export const taskOnServer = (
  workspaceId: string,
  taskId: string,
  holds: (task: Record<string, unknown>) => boolean,
) =>
  waitFor(
    async () => (await adminDb.doc(paths.task(workspaceId, taskId)).get()).data() ?? {},
    holds,
  );

// Resolves once the server has no task with this id (a function deletes a deleted project's tasks).
export const taskGoneFromServer = (workspaceId: string, taskId: string) =>
  waitFor(
    async () => (await adminDb.doc(paths.task(workspaceId, taskId)).get()).exists,
    (exists) => !exists,
  );

export const addProject = (
  workspaceId: string,
  projectId: string,
  project: { name: string; customerId: string; ownerId: string },
) =>
  adminDb.doc(paths.project(workspaceId, projectId)).set({
    ...project,
    dealId: null,
    status: "active",
    ...columnFields(defaultColumns("tr")),
    dueAt: null,
    taskCount: 0,
    doneTaskCount: 0,
    createdBy: project.ownerId,
    createdAt: Timestamp.now(),
    updatedAt: Timestamp.now(),
  });

export const addTask = (
  workspaceId: string,
  taskId: string,
  task: {
    title: string;
    projectId: string;
    status: string;
    rank: string;
    assigneeId: string;
    customerId?: string;
  },
) =>
  adminDb.doc(paths.task(workspaceId, taskId)).set({
    customerId: null,
    ...task,
    description: "",
    dealId: null,
    dueAt: null,
    priority: "medium",
    completedAt: null,
    createdBy: task.assigneeId,
    createdAt: Timestamp.now(),
    updatedAt: Timestamp.now(),
  });
