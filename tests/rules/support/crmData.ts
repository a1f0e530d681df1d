import type { RulesTestEnvironment } from "@firebase/rules-unit-testing";
import { doc, serverTimestamp, setDoc, Timestamp, type Firestore } from "firebase/firestore";
import { customerDerivedFields, customerInputSchema, paths } from "@pano/domain";
import { users, workspaceId } from "./rulesTestEnvironment";

const fields = customerInputSchema.parse({
  name: "A Şirketi",
  company: "A Holding",
  title: "Satın Alma Müdürü",
  email: "info@asirketi.com.tr",
  phone: "0532 123 45 67",
  tags: ["vip"],
  ownerId: users.member.uid,
});

// A customer as the web client writes it: validated fields, derived fields, server timestamps.
export const newCustomer = (createdBy: string, overrides: Record<string, unknown> = {}) => ({
  ...fields,
  ...customerDerivedFields(fields),
  lastContactAt: null,
  createdBy,
  createdAt: serverTimestamp(),
  updatedBy: createdBy,
  updatedAt: serverTimestamp(),
  ...overrides,
});

export const newInteraction = (
  createdBy: string,
  customerId: string,
  overrides: Record<string, unknown> = {},
) => ({
  customerId,
  type: "call",
  subject: "Tanışma görüşmesi",
  body: "Web sitesi yenileme ihtiyacı konuşuldu.",
  occurredAt: Timestamp.fromDate(new Date("2026-11-20T09:30:00Z")),
  durationMinutes: 30,
  followUpAt: null,
  createdBy,
  createdAt: serverTimestamp(),
  updatedAt: serverTimestamp(),
  ...overrides,
});

const stored = (data: Record<string, unknown>) => ({
  ...data,
  createdAt: Timestamp.now(),
  updatedAt: Timestamp.now(),
});

export const seedCustomer = (environment: RulesTestEnvironment, id: string, createdBy: string) =>
  environment.withSecurityRulesDisabled(async (context) => {
    const db = context.firestore() as unknown as Firestore;
    await setDoc(doc(db, paths.customer(workspaceId, id)), stored(newCustomer(createdBy)));
  });

export const seedInteraction = (
  environment: RulesTestEnvironment,
  id: string,
  createdBy: string,
  customerId: string,
) =>
  environment.withSecurityRulesDisabled(async (context) => {
    const db = context.firestore() as unknown as Firestore;
    await setDoc(
      doc(db, paths.interaction(workspaceId, id)),
      stored(newInteraction(createdBy, customerId)),
    );
  });
