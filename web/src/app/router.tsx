import { lazy } from "react";
import { createBrowserRouter, Navigate } from "react-router";
import { RedirectIfSignedIn, RequireAuth } from "@/features/auth";
import { HomeRedirect } from "@/pages/HomeRedirect";
import { NotFoundPage } from "@/pages/NotFoundPage";
import { PlannedPage } from "@/pages/PlannedPage";
import { SignInPage } from "@/pages/SignInPage";
import { PlainShell } from "./PlainShell";

// Everything behind sign-in loads on demand, keeping the first load to the sign-in screen.
const SignUpPage = lazy(() =>
  import("@/pages/SignUpPage").then((m) => ({ default: m.SignUpPage })),
);
const ResetPasswordPage = lazy(() =>
  import("@/pages/ResetPasswordPage").then((m) => ({ default: m.ResetPasswordPage })),
);
const WorkspacesPage = lazy(() =>
  import("@/pages/WorkspacesPage").then((m) => ({ default: m.WorkspacesPage })),
);
const WorkspaceShell = lazy(() =>
  import("./WorkspaceShell").then((m) => ({ default: m.WorkspaceShell })),
);
const SettingsPage = lazy(() =>
  import("@/pages/SettingsPage").then((m) => ({ default: m.SettingsPage })),
);

const planned = (path: string, key: string) => ({
  path,
  element: <PlannedPage title={`nav.${key}`} description={`planned.${key}`} />,
});

export const router = createBrowserRouter([
  {
    element: <RedirectIfSignedIn />,
    children: [
      { path: "/signin", element: <SignInPage /> },
      { path: "/signup", element: <SignUpPage /> },
      { path: "/reset-password", element: <ResetPasswordPage /> },
    ],
  },
  {
    element: <RequireAuth />,
    children: [
      { path: "/", element: <HomeRedirect /> },
      { element: <PlainShell />, children: [{ path: "/workspaces", element: <WorkspacesPage /> }] },
      {
        path: "/w/:workspaceId",
        element: <WorkspaceShell />,
        children: [
          { index: true, element: <Navigate to="customers" replace /> },
          planned("customers", "customers"),
          planned("pipeline", "pipeline"),
          planned("projects", "projects"),
          planned("tasks", "myTasks"),
          planned("reports", "reports"),
          { path: "settings", element: <SettingsPage /> },
        ],
      },
    ],
  },
  { path: "*", element: <NotFoundPage /> },
]);
