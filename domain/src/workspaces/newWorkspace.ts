import type { DocumentWrite, WriteTime } from "../documents/documentWrite";
import { stageFields, type Stage, type Workspace } from "./workspaceSchema";

export const newWorkspace = (
  name: string,
  stages: Stage[],
  createdBy: string,
  now: WriteTime,
): DocumentWrite<Workspace> => ({ name, ...stageFields(stages), createdBy, createdAt: now });
