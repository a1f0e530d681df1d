import { useContext } from "react";
import { AuthContext } from "./authContext";

export const useAuth = () => useContext(AuthContext);

// For components rendered only inside RequireAuth.
export const useSignedInUser = () => {
  const state = useAuth();
  if (state.status !== "signedIn") throw new Error("useSignedInUser outside RequireAuth");
  return state.user;
};
