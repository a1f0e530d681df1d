import { newInvite, paths, type AssignableRole, type Role } from "@pano/domain";
import { memberDoc, workspaceDoc } from "./documents";
import { adminDb } from "./emulatorClients";

type Person = { uid: string; email: string };

const workspaceName = "Test Ajans";

export const seedWorkspace = async (workspaceId: string, people: (Person & { role: Role })[]) => {
  const owner = people.find((person) => person.role === "owner");
  await adminDb
    .doc(paths.workspace(workspaceId))
    .set(workspaceDoc(workspaceName, owner?.uid ?? "nobody"));
  await Promise.all(
    people.map((person) =>
      adminDb.doc(paths.member(workspaceId, person.uid)).set(memberDoc(person, person.role)),
    ),
  );
};

export const seedInvite = (
  workspaceId: string,
  email: string,
  role: AssignableRole,
  invitedBy: string,
) =>
  adminDb
    .doc(paths.invite(workspaceId, email))
    .set(
      newInvite(
        { email, role },
        workspaceName,
        { uid: invitedBy, displayName: "Sahip" },
        new Date(),
      ),
    );

export const roleOf = async (workspaceId: string, uid: string) =>
  (await adminDb.doc(paths.member(workspaceId, uid)).get()).get("role") as Role | undefined;
