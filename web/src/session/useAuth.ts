import { useContext } from "react";
import { AuthContext } from "./authContext";

export const useAuth = () => useContext(AuthContext);

const useSignedIn = () => {
  const state = useAuth();
  if (state.status !== "signedIn") throw new Error("used outside RequireAuth");
  return state;
};

// For components rendered only inside RequireAuth.
export const useSignedInUser = () => useSignedIn().user;

// The caller's e-mail once the token proves it verified, keyed to the token that proves it.
export const useVerifiedEmail = () => {
  const { user, emailVerified, tokenIssuedAt } = useSignedIn();
  const email = user.email?.toLowerCase();
  return emailVerified && email ? { email, tokenIssuedAt } : null;
};
