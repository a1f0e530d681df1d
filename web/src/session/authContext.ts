import type { User } from "firebase/auth";
import { createContext } from "react";

// emailVerified comes from the ID token, because that is what Firestore rules see; tokenIssuedAt
// changes with every new token, so listeners that depend on its claims can restart.
export type SignedIn = {
  status: "signedIn";
  user: User;
  emailVerified: boolean;
  tokenIssuedAt: string;
};

export type AuthState = { status: "loading" } | { status: "signedOut" } | SignedIn;

export const AuthContext = createContext<AuthState>({ status: "loading" });
