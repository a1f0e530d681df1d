import { useEffect, useState, type ReactNode } from "react";
import { watchAuthUser } from "../data/authApi";
import { AuthContext, type AuthState } from "@/session/authContext";

export const AuthProvider = ({ children }: { children: ReactNode }) => {
  const [state, setState] = useState<AuthState>({ status: "loading" });

  // onIdTokenChanged also fires after a forced refresh, so verification shows up at once.
  useEffect(
    () =>
      watchAuthUser(async (user) => {
        if (!user) return setState({ status: "signedOut" });
        const token = await user.getIdTokenResult();
        setState({
          status: "signedIn",
          user,
          emailVerified: token.claims.email_verified === true,
          tokenIssuedAt: token.issuedAtTime,
        });
      }),
    [],
  );

  return <AuthContext.Provider value={state}>{children}</AuthContext.Provider>;
};
