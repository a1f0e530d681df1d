import { createContext } from "react";
import type { Role, Workspace } from "@pano/domain";

export type CurrentWorkspace = { workspaceId: string; workspace: Workspace; role: Role };

export const WorkspaceContext = createContext<CurrentWorkspace | null>(null);
