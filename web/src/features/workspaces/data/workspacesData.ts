import { collection, doc, query, where } from "firebase/firestore";
import {
  collectionGroups,
  defaultStages,
  stageFields,
  memberSchema,
  newMember,
  newWorkspace,
  paths,
  workspaceSchema,
  type Locale,
  type Member,
  type Role,
  type Stage,
  type Workspace,
} from "@pano/domain";
import { db } from "@/lib/firebase/firestore";
import {
  subscribeDoc,
  subscribeQuery,
  type Listener,
  type Row,
  type Unsubscribe,
} from "@/lib/firebase/subscribe";
import { typedCollectionGroup, typedDoc } from "@/lib/firebase/typedRefs";
import { newBatch, serverTime, updateDocument } from "@/lib/firebase/writes";

const workspace = (workspaceId: string) => typedDoc(paths.workspace(workspaceId), workspaceSchema);

const member = (workspaceId: string, uid: string) =>
  typedDoc(paths.member(workspaceId, uid), memberSchema);

export type WorkspaceSummary = { id: string; name: string; role: Role };

type Creator = { uid: string; displayName: string; email: string };

// The workspace and its owner membership go in one batch: the rules accept neither alone.
export const createWorkspace = async (creator: Creator, name: string, locale: Locale) => {
  const workspaceRef = doc(collection(db, paths.workspaces()));
  const batch = newBatch();
  batch.set(
    workspace(workspaceRef.id),
    newWorkspace(name, defaultStages(locale), creator.uid, serverTime()),
  );
  batch.set(member(workspaceRef.id, creator.uid), newMember(creator, "owner", serverTime()));
  await batch.commit();
  return workspaceRef.id;
};

export const renameWorkspace = (workspaceId: string, name: string) =>
  updateDocument(workspace(workspaceId), { name });

// The stage list and its ids travel together: the rules check deals against the ids.
export const saveStages = (workspaceId: string, stages: Stage[]) =>
  updateDocument(workspace(workspaceId), stageFields(stages));

export const watchWorkspace = (workspaceId: string, listener: Listener<Row<Workspace> | null>) =>
  subscribeDoc(workspace(workspaceId), listener);

const workspaceIdOfMemberPath = (memberPath: string) => memberPath.split("/")[1] ?? "";

// Memberships come from a collection-group query; each workspace's name from its own document.
export const watchMyWorkspaces = (
  uid: string,
  listener: Listener<WorkspaceSummary[]>,
): Unsubscribe => {
  const names = new Map<string, string | null>();
  const workspaceListeners = new Map<string, Unsubscribe>();
  let memberships: { workspaceId: string; role: Role }[] | null = null;

  const emit = () => {
    if (!memberships || memberships.some(({ workspaceId }) => !names.has(workspaceId))) return;
    listener.next(
      memberships.flatMap(({ workspaceId, role }) => {
        const name = names.get(workspaceId);
        return name ? [{ id: workspaceId, name, role }] : [];
      }),
    );
  };

  const stopMemberships = subscribeQuery(
    query(typedCollectionGroup(collectionGroups.members, memberSchema), where("uid", "==", uid)),
    {
      next: (rows) => {
        memberships = rows.map((row) => ({
          workspaceId: workspaceIdOfMemberPath(row.path),
          role: row.role,
        }));
        const current = new Set(memberships.map(({ workspaceId }) => workspaceId));
        for (const [workspaceId, stop] of workspaceListeners)
          if (!current.has(workspaceId)) {
            stop();
            workspaceListeners.delete(workspaceId);
            names.delete(workspaceId);
          }
        for (const workspaceId of current)
          if (!workspaceListeners.has(workspaceId))
            workspaceListeners.set(
              workspaceId,
              watchWorkspace(workspaceId, {
                next: (workspace) => {
                  names.set(workspaceId, workspace?.name ?? null);
                  emit();
                },
                // Access ends the moment a membership is removed; the list update follows.
                error: () => {
                  names.set(workspaceId, null);
                  emit();
                },
              }),
            );
        emit();
      },
      error: listener.error,
    },
  );

  return () => {
    stopMemberships();
    for (const stop of workspaceListeners.values()) stop();
  };
};

export const watchMembership = (
  workspaceId: string,
  uid: string,
  listener: Listener<Row<Member> | null>,
) => subscribeDoc(member(workspaceId, uid), listener);
