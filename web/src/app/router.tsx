import { lazy, type ComponentType } from "react";
import { createBrowserRouter } from "react-router";
import { RedirectIfSignedIn, RequireAuth } from "@/features/auth";
import { NotFoundPage } from "@/pages/NotFoundPage";
import { RouteErrorPage } from "@/pages/RouteErrorPage";
import { RedirectingScreen } from "@/ui/RedirectingScreen";

const loaders: (() => Promise<unknown>)[] = [];

const page = <Name extends string, Props extends object>(
  name: Name,
  load: () => Promise<Record<Name, ComponentType<Props>>>,
) => {
  loaders.push(load);
  return lazy(() => load().then((module) => ({ default: module[name] })));
};

// Once signed in, every screen's code is fetched in the background, so moving between screens
// keeps working when the connection drops (the data comes from Firestore's local cache).
export const preloadScreens = () => Promise.allSettled(loaders.map((load) => load()));

// Only the auth gate loads up front; each screen, and Firestore with the signed-in area, on demand.
const SignInPage = page("SignInPage", () => import("@/pages/SignInPage"));
const SignUpPage = page("SignUpPage", () => import("@/pages/SignUpPage"));
const ResetPasswordPage = page("ResetPasswordPage", () => import("@/pages/ResetPasswordPage"));
const SignedInLayout = page("SignedInLayout", () => import("./SignedInLayout"));
const HomeRedirect = page("HomeRedirect", () => import("@/pages/HomeRedirect"));
const PlainShell = page("PlainShell", () => import("./PlainShell"));
const WorkspacesPage = page("WorkspacesPage", () => import("@/pages/WorkspacesPage"));
const WorkspaceShell = page("WorkspaceShell", () => import("./WorkspaceShell"));
const SettingsPage = page("SettingsPage", () => import("@/pages/SettingsPage"));
const CustomersPage = page("CustomersPage", () => import("@/pages/CustomersPage"));
const CustomerPage = page("CustomerPage", () => import("@/pages/CustomerPage"));
const PipelinePage = page("PipelinePage", () => import("@/pages/PipelinePage"));
const DealPage = page("DealPage", () => import("@/pages/DealPage"));
const ProjectsPage = page("ProjectsPage", () => import("@/pages/ProjectsPage"));
const ProjectPage = page("ProjectPage", () => import("@/pages/ProjectPage"));
const MyTasksPage = page("MyTasksPage", () => import("@/pages/MyTasksPage"));
const ReportsPage = page("ReportsPage", () => import("@/pages/ReportsPage"));

export const router = createBrowserRouter([
  {
    errorElement: <RouteErrorPage />,
    children: [
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
          {
            element: <SignedInLayout />,
            children: [
              { path: "/", element: <HomeRedirect /> },
              {
                element: <PlainShell />,
                children: [{ path: "/workspaces", element: <WorkspacesPage /> }],
              },
              {
                path: "/w/:workspaceId",
                element: <WorkspaceShell />,
                loader: () => {
                  void preloadScreens();
                  return null;
                },
                children: [
                  { index: true, element: <RedirectingScreen to="customers" /> },
                  { path: "customers", element: <CustomersPage /> },
                  { path: "customers/:customerId", element: <CustomerPage /> },
                  { path: "pipeline", element: <PipelinePage /> },
                  { path: "deals/:dealId", element: <DealPage /> },
                  { path: "projects", element: <ProjectsPage /> },
                  { path: "projects/:projectId", element: <ProjectPage /> },
                  { path: "tasks", element: <MyTasksPage /> },
                  { path: "reports", element: <ReportsPage /> },
                  { path: "settings", element: <SettingsPage /> },
                  { path: "*", element: <NotFoundPage /> },
                ],
              },
            ],
          },
        ],
      },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
]);
