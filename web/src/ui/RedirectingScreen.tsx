import { Navigate } from "react-router";
import { LoadingScreen } from "./LoadingScreen";

// A redirect that shows a spinner until the next screen is there: the router renders the next
// screen in a transition and keeps showing this one while its code loads, and a bare
// <Navigate> shows nothing.
export const RedirectingScreen = ({ to }: { to: string }) => (
  <>
    <Navigate to={to} replace />
    <LoadingScreen />
  </>
);
