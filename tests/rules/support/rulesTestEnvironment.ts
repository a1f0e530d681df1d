import { readFileSync } from "node:fs";
import { initializeTestEnvironment, type RulesTestEnvironment } from "@firebase/rules-unit-testing";
import { doc, setDoc, setLogLevel, Timestamp, type Firestore } from "firebase/firestore";
import { afterAll, beforeAll, beforeEach } from "vitest";
import { projectId } from "./projectId";
import { defaultStages, paths, stageFields, type Role } from "@pano/domain";

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

const createdAt = Timestamp.fromDate(new Date("2026-01-01T00:00:00Z"));

export const memberData = (uid: string, email: string, role: Role) => ({
  uid,
  role,
  displayName: uid,
  email,
  joinedAt: createdAt,
});

export const inviteData = (email: string, invitedBy = users.admin.uid) => ({
  email,
  role: "member",
  workspaceName: "Demo Ajans",
  invitedBy,
  invitedByName: invitedBy,
  createdAt,
});

// Seeds with rules disabled: a workspace with one member per role, a foreign workspace, an invite.
export const seedWorkspaces = (environment: RulesTestEnvironment) =>
  environment.withSecurityRulesDisabled(async (context) => {
    const db = context.firestore() as unknown as Firestore;
    const writes = [
      setDoc(doc(db, paths.workspace(workspaceId)), {
        name: "Demo Ajans",
        createdBy: users.owner.uid,
        createdAt,
        ...stageFields(defaultStages("tr")),
      }),
      setDoc(doc(db, paths.workspace(otherWorkspaceId)), {
        name: "Başka Ajans",
        createdBy: outsider.uid,
        createdAt,
        ...stageFields(defaultStages("tr")),
      }),
      setDoc(
        doc(db, paths.member(otherWorkspaceId, outsider.uid)),
        memberData(outsider.uid, outsider.email, "owner"),
      ),
      setDoc(doc(db, paths.invite(workspaceId, invitee.email)), inviteData(invitee.email)),
      ...Object.values(users).map((user) =>
        setDoc(
          doc(db, paths.member(workspaceId, user.uid)),
          memberData(user.uid, user.email, user.role),
        ),
      ),
    ];
    await Promise.all(writes);
  });

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

// A document written around the rules, with stored timestamps: how records look after their
// references have gone (an owner who left, a deleted customer).
export const writeAroundRules = (
  environment: RulesTestEnvironment,
  path: string,
  data: Record<string, unknown>,
) =>
  environment.withSecurityRulesDisabled(async (context) => {
    const db = context.firestore() as unknown as Firestore;
    await setDoc(doc(db, path), {
      ...data,
      createdAt: Timestamp.now(),
      updatedAt: Timestamp.now(),
    });
  });
