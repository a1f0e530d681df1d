import { Timestamp } from "firebase-admin/firestore";
import { defaultStages, paths, stageFields, type AssignableRole, type Role } from "@pano/domain";
import { adminDb } from "./emulatorClients";

type Person = { uid: string; email: string };

export const seedWorkspace = async (workspaceId: string, people: (Person & { role: Role })[]) => {
  const owner = people.find((person) => person.role === "owner");
  await adminDb.doc(paths.workspace(workspaceId)).set({
    name: "Test Ajans",
    createdBy: owner?.uid ?? "nobody",
    createdAt: Timestamp.now(),
    ...stageFields(defaultStages("tr")),
  });
  await Promise.all(
    people.map((person) =>
      adminDb.doc(paths.member(workspaceId, person.uid)).set({
        uid: person.uid,
        role: person.role,
        displayName: person.email,
        email: person.email,
        joinedAt: Timestamp.now(),
      }),
    ),
  );
};

export const seedInvite = (
  workspaceId: string,
  email: string,
  role: AssignableRole,
  invitedBy: string,
) =>
  adminDb.doc(paths.invite(workspaceId, email)).set({
    email,
    role,
    workspaceName: "Test Ajans",
    invitedBy,
    invitedByName: "Sahip",
    createdAt: Timestamp.now(),
  });

export const roleOf = async (workspaceId: string, uid: string) =>
  (await adminDb.doc(paths.member(workspaceId, uid)).get()).get("role") as Role | undefined;
