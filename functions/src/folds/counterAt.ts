import { projectCounter } from "../aggregates/projectCounters";
import type { ShardedCounter } from "../lib/shardedCounter";
import { statsCounter } from "../reports/statsWrites";

// The counter a request names by its document's path: a project's counts, or a report aggregate.
export const counterAt = (documentPath: string): ShardedCounter => {
  const [root, workspaceId, collection, documentId, ...rest] = documentPath.split("/");
  if (root === "workspaces" && workspaceId && documentId && rest.length === 0) {
    if (collection === "projects") return projectCounter(workspaceId, documentId);
    if (collection === "stats") return statsCounter(workspaceId, documentId);
  }
  throw new Error(`no sharded counter at ${documentPath}`);
};
