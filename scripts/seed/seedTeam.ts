import type { Auth } from "firebase-admin/auth";
import type { Firestore } from "firebase-admin/firestore";
import { defaultStages, newMember, newUserProfile, newWorkspace, paths } from "@pano/domain";
import { demoPassword, demoTeam, demoWorkspace } from "./demoTeam";

const ensureAuthUser = async (auth: Auth, person: (typeof demoTeam)[number]) => {
  const account = {
    email: person.email,
    password: demoPassword,
    displayName: person.displayName,
    emailVerified: true,
  };
  try {
    await auth.updateUser(person.uid, account);
  } catch {
    await auth.createUser({ uid: person.uid, ...account });
  }
};

// The Demo Ajans workspace with one person per role; safe to run again.
export const seedTeam = async (auth: Auth, db: Firestore) => {
  await Promise.all(demoTeam.map((person) => ensureAuthUser(auth, person)));
  const owner = demoTeam.find((person) => person.role === "owner");
  if (!owner) throw new Error("the demo team has no owner");
  const batch = db.batch();
  const now = new Date();
  batch.set(
    db.doc(paths.workspace(demoWorkspace.id)),
    newWorkspace(demoWorkspace.name, defaultStages("tr"), owner.uid, now),
  );
  for (const person of demoTeam) {
    batch.set(
      db.doc(paths.user(person.uid)),
      newUserProfile({ displayName: person.displayName, email: person.email, locale: "tr" }, now),
    );
    batch.set(
      db.doc(paths.member(demoWorkspace.id, person.uid)),
      newMember(person, person.role, now),
    );
  }
  await batch.commit();
};
