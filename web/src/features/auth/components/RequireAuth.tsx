import { Navigate, Outlet, useLocation } from "react-router";
import { useAuth } from "@/session/useAuth";
import { LoadingScreen } from "@/ui/LoadingScreen";

export const RequireAuth = () => {
  const auth = useAuth();
  const location = useLocation();
  if (auth.status === "loading") return <LoadingScreen />;
  if (auth.status === "signedOut") {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/signin?next=${next}`} replace />;
  }
  return <Outlet />;
};

export const RedirectIfSignedIn = () => {
  const auth = useAuth();
  const location = useLocation();
  if (auth.status === "loading") return <LoadingScreen />;
  if (auth.status === "signedIn") {
    const next = new URLSearchParams(location.search).get("next");
    return <Navigate to={next?.startsWith("/") ? next : "/"} replace />;
  }
  return <Outlet />;
};
