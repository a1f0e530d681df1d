import type { Auth } from "firebase-admin/auth";
import { FieldValue, type Firestore } from "firebase-admin/firestore";
import { defaultStages, paths, stageFields } from "@pano/domain";
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
  const batch = db.batch();
  batch.set(db.doc(paths.workspace(demoWorkspace.id)), {
    name: demoWorkspace.name,
    createdBy: demoTeam[0]?.uid,
    createdAt: FieldValue.serverTimestamp(),
    ...stageFields(defaultStages("tr")),
  });
  for (const person of demoTeam) {
    batch.set(db.doc(paths.user(person.uid)), {
      displayName: person.displayName,
      email: person.email,
      locale: "tr",
      createdAt: FieldValue.serverTimestamp(),
    });
    batch.set(db.doc(paths.member(demoWorkspace.id, person.uid)), {
      uid: person.uid,
      role: person.role,
      displayName: person.displayName,
      email: person.email,
      joinedAt: FieldValue.serverTimestamp(),
    });
  }
  await batch.commit();
};
