import { useEffect, useState, type ReactNode } from "react";
import { watchAuthUser } from "../data/authApi";
import { AuthContext, type AuthState } from "../hooks/authContext";

export const AuthProvider = ({ children }: { children: ReactNode }) => {
  const [state, setState] = useState<AuthState>({ status: "loading" });

  // onIdTokenChanged also fires after a forced refresh, so emailVerified stays current.
  useEffect(
    () =>
      watchAuthUser((user) =>
        setState(user ? { status: "signedIn", user } : { status: "signedOut" }),
      ),
    [],
  );

  return <AuthContext.Provider value={state}>{children}</AuthContext.Provider>;
};
