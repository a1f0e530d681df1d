import { Outlet } from "react-router";
import { useProfileSync } from "@/features/profile";

// Everything behind sign-in; loaded on demand together with Firestore.
export const SignedInLayout = () => {
  useProfileSync();
  return <Outlet />;
};
