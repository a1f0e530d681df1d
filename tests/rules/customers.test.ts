import { assertFails, assertSucceeds } from "@firebase/rules-unit-testing";
import {
  collection,
  deleteDoc,
  doc,
  getDoc,
  getDocs,
  serverTimestamp,
  setDoc,
  Timestamp,
  updateDoc,
} from "firebase/firestore";
import { beforeEach, describe, it } from "vitest";
import { paths } from "@pano/domain";
import { customerDoc, seedCustomer } from "./support/documents";
import {
  asUser,
  otherWorkspaceId,
  outsider,
  seedWorkspaces,
  signedOut,
  storedAt,
  useRulesTestEnvironment,
  users,
  workspaceId,
  writeAroundRules,
} from "./support/rulesTestEnvironment";

const environment = useRulesTestEnvironment(seedWorkspaces);
const writers = [users.owner, users.admin, users.member];

const customerRef = (actor: { uid: string; email: string }, id = "c1", ws = workspaceId) =>
  doc(asUser(environment(), actor), paths.customer(ws, id));

describe("customers create", () => {
  it.each(writers)("lets the $role add a customer", async (actor) => {
    await assertSucceeds(setDoc(customerRef(actor, "new"), customerDoc(actor.uid)));
  });

  it("accepts the longest tags and search tokens, emoji included, and none at all", async () => {
    await assertSucceeds(
      setDoc(customerRef(users.member, "full"), {
        ...customerDoc(users.member.uid),
        tags: Array.from({ length: 20 }, (_, index) => `${"ş".repeat(28)}${index}`.slice(0, 30)),
        searchTokens: Array.from({ length: 400 }, (_, index) => `🚀${index}`.padEnd(40, "x")),
      }),
    );
    await assertSucceeds(
      setDoc(customerRef(users.member, "bare"), {
        ...customerDoc(users.member.uid),
        tags: [],
        searchTokens: [],
      }),
    );
  });

  it("lets a client that predates the open follow-up leave it out", async () => {
    const older: Record<string, unknown> = { ...customerDoc(users.member.uid) };
    delete older.openFollowUpAt;
    await assertSucceeds(setDoc(customerRef(users.member, "older"), older));
  });

  it("denies viewers, outsiders, signed-out users and other workspaces", async () => {
    await assertFails(setDoc(customerRef(users.viewer, "new"), customerDoc(users.viewer.uid)));
    await assertFails(setDoc(customerRef(outsider, "new"), customerDoc(outsider.uid)));
    await assertFails(
      setDoc(doc(signedOut(environment()), paths.customer(workspaceId, "new")), customerDoc("x")),
    );
    await assertFails(
      setDoc(customerRef(users.owner, "new", otherWorkspaceId), customerDoc(users.owner.uid)),
    );
  });

  it.each([
    ["another creator", { createdBy: "admin" }],
    ["a client createdAt", { createdAt: Timestamp.now() }],
    ["a client updatedAt", { updatedAt: Timestamp.now() }],
    ["a last contact", { lastContactAt: Timestamp.now() }],
    ["an open follow-up", { openFollowUpAt: Timestamp.now() }],
    ["an open follow-up that is not a date", { openFollowUpAt: "yarın" }],
    ["no name", { name: "" }],
    ["a long name", { name: "x".repeat(121) }],
    ["a bad e-mail", { email: "not-an-email" }],
    ["a long phone", { phone: "1".repeat(41) }],
    ["tags that are not a list", { tags: "vip" }],
    ["too many tags", { tags: Array.from({ length: 21 }, (_, index) => `t${index}`) }],
    ["an owner who is not a member", { ownerId: "outsider" }],
    ["an unknown field", { rating: 5 }],
    ["another writer", { updatedBy: users.admin.uid }],
    ["no writer", { updatedBy: null }],
    ["a number for the company", { company: 42 }],
    ["a tag that is a number", { tags: ["vip", 7] }],
    ["an empty tag", { tags: ["vip", ""] }],
    ["a tag of 31 characters", { tags: ["x".repeat(31)] }],
    ["a tag that is a map", { tags: [{ name: "vip" }] }],
    ["a search token that is a number", { searchTokens: ["a", 1] }],
    ["a search token of 41 characters", { searchTokens: ["a", "x".repeat(41)] }],
    ["an empty search token", { searchTokens: ["a", ""] }],
    [
      "too many search tokens",
      { searchTokens: Array.from({ length: 401 }, (_, index) => `t${index}`) },
    ],
  ])("denies a customer with %s", async (_, broken) => {
    await assertFails(
      setDoc(customerRef(users.member, "new"), { ...customerDoc(users.member.uid), ...broken }),
    );
  });
});

describe("customers read", () => {
  beforeEach(() => seedCustomer(environment(), "c1", users.member.uid));

  it.each(Object.values(users))("lets the $role read customers", async (actor) => {
    await assertSucceeds(getDoc(customerRef(actor)));
    await assertSucceeds(
      getDocs(collection(asUser(environment(), actor), paths.customers(workspaceId))),
    );
  });

  it("denies outsiders and signed-out users, even knowing the id", async () => {
    await assertFails(getDoc(customerRef(outsider)));
    await assertFails(
      getDocs(collection(asUser(environment(), outsider), paths.customers(workspaceId))),
    );
    await assertFails(getDoc(doc(signedOut(environment()), paths.customer(workspaceId, "c1"))));
  });
});

describe("customers update", () => {
  beforeEach(() => seedCustomer(environment(), "c1", users.member.uid));
  const editedBy = (writer: string) => ({
    name: "A Şirketi A.Ş.",
    updatedBy: writer,
    updatedAt: serverTimestamp(),
  });
  const edit = editedBy(users.owner.uid);

  it.each(writers)("lets the $role edit any customer", async (actor) => {
    await assertSucceeds(updateDoc(customerRef(actor), editedBy(actor.uid)));
  });

  it("denies viewers and outsiders", async () => {
    await assertFails(updateDoc(customerRef(users.viewer), editedBy(users.viewer.uid)));
    await assertFails(updateDoc(customerRef(outsider), editedBy(outsider.uid)));
  });

  it("denies an edit that names someone else as its writer, or leaves the last writer", async () => {
    await assertFails(updateDoc(customerRef(users.admin), edit));
    await assertFails(
      updateDoc(customerRef(users.owner), { name: "A Şirketi A.Ş.", updatedAt: serverTimestamp() }),
    );
  });

  it("denies changing who created it or when, the last contact, or skipping updatedAt", async () => {
    const ref = customerRef(users.owner);
    await assertFails(updateDoc(ref, { ...edit, createdBy: users.owner.uid }));
    await assertFails(updateDoc(ref, { ...edit, createdAt: serverTimestamp() }));
    await assertFails(updateDoc(ref, { ...edit, lastContactAt: serverTimestamp() }));
    await assertFails(updateDoc(ref, { name: "A Şirketi A.Ş." }));
    await assertFails(updateDoc(ref, { ...edit, name: "" }));
  });

  it("keeps the open follow-up the function's: set, absent on older customers, or empty", async () => {
    const followUp = Timestamp.fromDate(new Date("2026-11-25T09:00:00Z"));
    const older: Record<string, unknown> = { ...customerDoc(users.member.uid, storedAt) };
    delete older.openFollowUpAt;
    await writeAroundRules(environment(), {
      [paths.customer(workspaceId, "c-open")]: {
        ...customerDoc(users.member.uid, storedAt),
        openFollowUpAt: followUp,
      },
      [paths.customer(workspaceId, "c-older")]: older,
    });
    const open = customerRef(users.owner, "c-open");
    await assertSucceeds(updateDoc(open, edit));
    await assertFails(updateDoc(open, { ...edit, openFollowUpAt: null }));
    await assertFails(updateDoc(open, { ...edit, openFollowUpAt: Timestamp.now() }));
    const olderRef = customerRef(users.owner, "c-older");
    await assertSucceeds(updateDoc(olderRef, edit));
    await assertFails(updateDoc(olderRef, { ...edit, openFollowUpAt: followUp }));
    await assertFails(updateDoc(customerRef(users.owner), { ...edit, openFollowUpAt: followUp }));
  });

  it("lets members edit a customer whose owner left, but not hand it to a non-member", async () => {
    await writeAroundRules(environment(), {
      [paths.customer(workspaceId, "c-left")]: {
        ...customerDoc(users.member.uid, storedAt),
        ownerId: "former",
      },
    });
    const ref = customerRef(users.member, "c-left");
    const memberEdit = editedBy(users.member.uid);
    await assertSucceeds(updateDoc(ref, memberEdit));
    await assertFails(updateDoc(ref, { ...memberEdit, ownerId: outsider.uid }));
  });
});

describe("customers delete", () => {
  beforeEach(() => seedCustomer(environment(), "c1", users.member.uid));

  it("lets the creator delete", async () => {
    await assertSucceeds(deleteDoc(customerRef(users.member)));
  });

  it.each([users.owner, users.admin])("lets the $role delete anyone's customer", async (actor) => {
    await assertSucceeds(deleteDoc(customerRef(actor)));
  });

  it("denies another member, a viewer and outsiders", async () => {
    await seedCustomer(environment(), "c2", users.admin.uid);
    await assertFails(deleteDoc(customerRef(users.member, "c2")));
    await assertFails(deleteDoc(customerRef(users.viewer)));
    await assertFails(deleteDoc(customerRef(outsider)));
  });
});
