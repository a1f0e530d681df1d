import { readFileSync } from "node:fs";
import { initializeTestEnvironment, type RulesTestEnvironment } from "@firebase/rules-unit-testing";
import { doc, setDoc, setLogLevel, type Firestore } from "firebase/firestore";
import { afterAll, beforeAll, beforeEach } from "vitest";
import { projectId } from "./projectId";
import { defaultStages, newInvite, newMember, newWorkspace, paths, type Role } from "@pano/domain";

// Denied writes are the point of these tests; the SDK would log each one as a warning.
setLogLevel("silent");

export const createRulesTestEnvironment = () =>
  initializeTestEnvironment({
    projectId,
    firestore: {
      rules: readFileSync(new URL("../../../firestore.rules", import.meta.url), "utf8"),
    },
  });

export const users = {
  owner: { uid: "owner", email: "owner@demo.test", role: "owner" },
  admin: { uid: "admin", email: "admin@demo.test", role: "admin" },
  member: { uid: "member", email: "member@demo.test", role: "member" },
  viewer: { uid: "viewer", email: "viewer@demo.test", role: "viewer" },
} as const satisfies Record<string, { uid: string; email: string; role: Role }>;

export const outsider = { uid: "outsider", email: "outsider@demo.test" };
export const invitee = { uid: "invitee", email: "invitee@demo.test" };

export const workspaceId = "ws1";
export const otherWorkspaceId = "ws2";

// When data seeded around the rules was written.
export const storedAt = new Date("2026-01-01T00:00:00Z");

// Seeds with rules disabled: a workspace with one member per role, a foreign workspace, an invite.
export const seedWorkspaces = (environment: RulesTestEnvironment) => {
  const member = (person: { uid: string; email: string }, role: Role) =>
    newMember({ ...person, displayName: person.uid }, role, storedAt);
  const inviter = { uid: users.admin.uid, displayName: users.admin.uid };
  return writeAroundRules(environment, {
    [paths.workspace(workspaceId)]: newWorkspace(
      "Demo Ajans",
      defaultStages("tr"),
      users.owner.uid,
      storedAt,
    ),
    [paths.workspace(otherWorkspaceId)]: newWorkspace(
      "Başka Ajans",
      defaultStages("tr"),
      outsider.uid,
      storedAt,
    ),
    [paths.member(otherWorkspaceId, outsider.uid)]: member(outsider, "owner"),
    [paths.invite(workspaceId, invitee.email)]: newInvite(
      { email: invitee.email, role: "member" },
      "Demo Ajans",
      inviter,
      storedAt,
    ),
    ...Object.fromEntries(
      Object.values(users).map((user) => [
        paths.member(workspaceId, user.uid),
        member(user, user.role),
      ]),
    ),
  });
};

export const asUser = (
  environment: RulesTestEnvironment,
  user: { uid: string; email: string },
  emailVerified = true,
) =>
  environment
    .authenticatedContext(user.uid, { email: user.email, email_verified: emailVerified })
    .firestore() as unknown as Firestore;

export const signedOut = (environment: RulesTestEnvironment) =>
  environment.unauthenticatedContext().firestore() as unknown as Firestore;

// One environment per test file; every test starts from cleared data, seeded again when asked.
export const useRulesTestEnvironment = (
  seed?: (environment: RulesTestEnvironment) => Promise<void>,
) => {
  let environment: RulesTestEnvironment | undefined;
  const current = () => {
    if (!environment) throw new Error("the rules test environment is not ready");
    return environment;
  };
  beforeAll(async () => {
    environment = await createRulesTestEnvironment();
  });
  afterAll(() => environment?.cleanup());
  beforeEach(async () => {
    await current().clearFirestore();
    if (seed) await seed(current());
  });
  return current;
};

// Documents by path, written around the rules: data seeded for a test, or how records look after
// their references have gone (an owner who left, a deleted customer).
export const writeAroundRules = (
  environment: RulesTestEnvironment,
  documents: Record<string, Record<string, unknown>>,
) =>
  environment.withSecurityRulesDisabled(async (context) => {
    const db = context.firestore() as unknown as Firestore;
    await Promise.all(Object.entries(documents).map(([path, data]) => setDoc(doc(db, path), data)));
  });
