import {
  createUserWithEmailAndPassword,
  GoogleAuthProvider,
  onIdTokenChanged,
  sendEmailVerification,
  sendPasswordResetEmail,
  signInWithEmailAndPassword,
  signInWithPopup,
  signOut as firebaseSignOut,
  updateProfile,
  type User,
} from "firebase/auth";
import { auth } from "@/lib/firebase/firebaseApp";

export type SignUpInput = { displayName: string; email: string; password: string };

export const watchAuthUser = (next: (user: User | null) => void) => onIdTokenChanged(auth, next);

// The display name is set before the first token listener sees the user, so the profile that the
// signed-in area creates (useProfileSync) starts with it.
export const signUp = async (input: SignUpInput) => {
  const { user } = await createUserWithEmailAndPassword(auth, input.email, input.password);
  await updateProfile(user, { displayName: input.displayName });
  await user.getIdToken(true);
  await sendEmailVerification(user, { url: window.location.origin });
  return user;
};

export const signIn = (email: string, password: string) =>
  signInWithEmailAndPassword(auth, email, password);

export const signInWithGoogle = () => signInWithPopup(auth, new GoogleAuthProvider());

export const signOut = () => firebaseSignOut(auth);

export const sendPasswordReset = (email: string) =>
  sendPasswordResetEmail(auth, email, { url: `${window.location.origin}/signin` });

export const resendVerification = () => {
  if (!auth.currentUser) throw new Error("Not signed in");
  return sendEmailVerification(auth.currentUser, { url: window.location.origin });
};

// A verified e-mail only reaches Firestore rules through a fresh ID token.
export const refreshVerification = async () => {
  const user = auth.currentUser;
  if (!user) return false;
  await user.reload();
  if (user.emailVerified) await user.getIdToken(true);
  return user.emailVerified;
};
