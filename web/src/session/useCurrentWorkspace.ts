import { useContext } from "react";
import { WorkspaceContext } from "./workspaceContext";

export const useCurrentWorkspace = () => {
  const current = useContext(WorkspaceContext);
  if (!current) throw new Error("useCurrentWorkspace outside WorkspaceProvider");
  return current;
};
