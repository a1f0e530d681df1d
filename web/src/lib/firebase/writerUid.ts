import { auth } from "./firebaseApp";

// Edits name their writer (the rules hold updatedBy to the signed-in uid), so a function can tell
// a record someone handed you from one you took yourself. Writes happen only behind sign-in.
export const writerUid = () => {
  const uid = auth.currentUser?.uid;
  if (!uid) throw new Error("Not signed in");
  return uid;
};
