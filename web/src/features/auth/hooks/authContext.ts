import type { User } from "firebase/auth";
import { createContext } from "react";

export type AuthState =
  { status: "loading" } | { status: "signedOut" } | { status: "signedIn"; user: User };

export const AuthContext = createContext<AuthState>({ status: "loading" });
