import type { RulesTestEnvironment } from "@firebase/rules-unit-testing";
import { serverTimestamp } from "firebase/firestore";
import {
  customerInputSchema,
  dealInputSchema,
  defaultColumns,
  interactionInputSchema,
  newCustomer,
  newDeal,
  newInteraction,
  newProject,
  newTask,
  paths,
  projectInputSchema,
  taskInputSchema,
  type ServerTime,
  type WriteTime,
} from "@pano/domain";
import { storedAt, users, workspaceId, writeAroundRules } from "./rulesTestEnvironment";

// The client SDK's server-clock sentinel under the domain's brand, as web/src/lib/firebase/writes.ts
// has it: these tests write what the web client writes.
export const serverTime = () => serverTimestamp() as unknown as ServerTime;

// Documents as the web client creates them, built by the same domain factories: at the server's
// clock by default, or at storedAt for data seeded around the rules. A test that expects a denial
// starts from one of these and breaks one field, so what is wrong is in plain sight.

const customerFields = customerInputSchema.parse({
  name: "A Şirketi",
  company: "A Holding",
  title: "Satın Alma Müdürü",
  email: "info@asirketi.com.tr",
  phone: "0532 123 45 67",
  tags: ["vip"],
  ownerId: users.member.uid,
});

export const customerDoc = (createdBy: string, now: WriteTime = serverTime()) =>
  newCustomer(customerFields, createdBy, now);

const interactionFields = interactionInputSchema.parse({
  type: "call",
  subject: "Tanışma görüşmesi",
  body: "Web sitesi yenileme ihtiyacı konuşuldu.",
  occurredAt: new Date("2026-11-20T09:30:00Z"),
  durationMinutes: 30,
});

export const interactionDoc = (
  createdBy: string,
  customerId: string,
  now: WriteTime = serverTime(),
) => newInteraction(customerId, interactionFields, createdBy, now);

// Customer c1's deal, in the proposal stage.
const dealFields = dealInputSchema.parse({
  title: "Web Sitesi Yenileme",
  customerId: "c1",
  value: 150000,
  ownerId: users.member.uid,
});

export const dealDoc = (createdBy: string, now: WriteTime = serverTime()) =>
  newDeal(
    dealFields,
    { stage: "proposal", rank: "a0", lostReason: null },
    "reopens",
    createdBy,
    now,
  );

// Customer c1's project, made by hand on the default board.
const projectFields = projectInputSchema.parse({
  name: "Web Sitesi Yenileme",
  customerId: "c1",
  dueAt: new Date(Date.UTC(2027, 0, 31)),
  ownerId: users.member.uid,
});

export const projectDoc = (createdBy: string, now: WriteTime = serverTime()) =>
  newProject({ fields: projectFields, columns: defaultColumns("tr"), createdBy }, now);

// An open to-do of customer c1 and its deal d1.
const taskFields = taskInputSchema.parse({
  title: "Teklif gönder",
  assigneeId: users.member.uid,
  dueAt: new Date(Date.UTC(2026, 11, 1, 9)),
  priority: "high",
});

export const taskDoc = (createdBy: string, now: WriteTime = serverTime()) =>
  newTask(
    taskFields,
    { projectId: null, customerId: "c1", dealId: "d1", status: "todo", rank: "a0" },
    { createdBy, completed: false },
    now,
  );

export const seedCustomer = (environment: RulesTestEnvironment, id: string, createdBy: string) =>
  writeAroundRules(environment, {
    [paths.customer(workspaceId, id)]: customerDoc(createdBy, storedAt),
  });

export const seedInteraction = (
  environment: RulesTestEnvironment,
  id: string,
  createdBy: string,
  customerId: string,
) =>
  writeAroundRules(environment, {
    [paths.interaction(workspaceId, id)]: interactionDoc(createdBy, customerId, storedAt),
  });
