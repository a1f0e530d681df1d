export { CreateWorkspaceForm } from "./components/CreateWorkspaceForm";
export { WorkspaceList } from "./components/WorkspaceList";
export { WorkspaceSettingsForm } from "./components/WorkspaceSettingsForm";
export { WorkspaceProvider } from "./components/WorkspaceProvider";
export { WorkspaceSwitcher } from "./components/WorkspaceSwitcher";
export { renameWorkspace, saveStages } from "./data/workspacesData";
export { lastWorkspace } from "./hooks/lastWorkspace";
export { useMyWorkspaces } from "./hooks/useMyWorkspaces";
