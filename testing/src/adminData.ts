import { initializeApp } from "firebase-admin/app";
import { getAuth } from "firebase-admin/auth";
import { getFirestore } from "firebase-admin/firestore";
import type { Page } from "playwright-core";
import { waitFor } from "./waitFor";
import { paths, type Role } from "@pano/domain";
import {
  customerDoc,
  dealDoc,
  memberDoc,
  projectDoc,
  taskDoc,
  type DealStart,
  type ProjectStart,
  type TaskStart,
} from "./documents";

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
  adminDb
    .doc(paths.member(workspaceId, member.uid))
    .set(memberDoc({ ...member, displayName: member.name }, member.role));

export const removeMember = (workspaceId: string, uid: string) =>
  adminDb.doc(paths.member(workspaceId, uid)).delete();

export const deleteCustomer = (workspaceId: string, customerId: string) =>
  adminDb.doc(paths.customer(workspaceId, customerId)).delete();

export const addCustomer = (
  workspaceId: string,
  customerId: string,
  name: string,
  ownerId: string,
) => adminDb.doc(paths.customer(workspaceId, customerId)).set(customerDoc(name, ownerId));

export const addDeal = (workspaceId: string, dealId: string, deal: DealStart) =>
  adminDb.doc(paths.deal(workspaceId, dealId)).set(dealDoc(deal));

// Writes to a deal around the rules, as another tool or an older version of Pano might have.
export const patchDealOnServer = (
  workspaceId: string,
  dealId: string,
  fields: Record<string, unknown>,
) => adminDb.doc(paths.deal(workspaceId, dealId)).update(fields);

const onServer = (path: string, holds: (data: Record<string, unknown>) => boolean) =>
  waitFor(async () => (await adminDb.doc(path).get()).data() ?? {}, holds);

// The server's copy of a deal once it satisfies `holds` (a write reaches the server after the
// screen has already shown it).
export const dealOnServer = (
  workspaceId: string,
  dealId: string,
  holds: (deal: Record<string, unknown>) => boolean,
) => onServer(paths.deal(workspaceId, dealId), holds);

// The server's copy of a task once it satisfies `holds`.
export const taskOnServer = (
  workspaceId: string,
  taskId: string,
  holds: (task: Record<string, unknown>) => boolean,
) => onServer(paths.task(workspaceId, taskId), holds);

// Resolves once the server has no task with this id (a function deletes a deleted project's tasks).
export const taskGoneFromServer = (workspaceId: string, taskId: string) =>
  waitFor(
    async () => (await adminDb.doc(paths.task(workspaceId, taskId)).get()).exists,
    (exists) => !exists,
  );

export const addProject = (workspaceId: string, projectId: string, project: ProjectStart) =>
  adminDb.doc(paths.project(workspaceId, projectId)).set(projectDoc(project));

// A task its assignee made for themselves.
export const addTask = (
  workspaceId: string,
  taskId: string,
  task: Omit<TaskStart, "createdBy"> & { assigneeId: string },
) =>
  adminDb
    .doc(paths.task(workspaceId, taskId))
    .set(taskDoc({ ...task, createdBy: task.assigneeId }));
