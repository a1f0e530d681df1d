import { deleteApp, initializeApp } from "firebase/app";
import { connectAuthEmulator, getAuth, signInWithEmailAndPassword } from "firebase/auth";
import {
  collection,
  connectFirestoreEmulator,
  doc,
  initializeFirestore,
  onSnapshot,
  query,
  serverTimestamp,
  setDoc,
  updateDoc,
  where,
  type DocumentData,
} from "firebase/firestore";
import {
  compareRanked,
  paths,
  type Deal,
  type DocumentUpdate,
  type DocumentWrite,
  type Ranked,
  type ServerTime,
  type Task,
} from "@pano/domain";
import { demoPassword } from "../seed/demoTeam";

type Card = Ranked & { status: string; projectId: string | null };
type DealCard = Ranked & { stage: string };

// One person of the load benchmark: a Firebase JS SDK client signed in as a member, listening to
// the project board and the pipeline as the app does, and writing as the app does.
export type LoadClient = {
  uid: string;
  name: string;
  ready: () => boolean;
  tasks: () => Card[];
  deals: () => DealCard[];
  // Every column of the board and the pipeline ("task:<status>", "deal:<stage>"), in order.
  columns: () => Map<string, string[]>;
  // Errors that ended one of its listeners: its view then stops following the server.
  listenErrors: () => string[];
  // Whether its last snapshots still held writes the server had not confirmed.
  pending: () => boolean;
  now: () => ServerTime;
  updateTask: (taskId: string, fields: DocumentUpdate<Task>) => Promise<void>;
  updateDeal: (dealId: string, fields: DocumentUpdate<Deal>) => Promise<void>;
  createTask: (task: DocumentWrite<Task>) => { id: string; committed: Promise<void> };
  close: () => Promise<void>;
};

const host = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run under firebase emulators:exec`);
  return value;
};

export const connectClient = async (
  person: { uid: string; email: string; name: string },
  workspaceId: string,
  projectId: string,
): Promise<LoadClient> => {
  const app = initializeApp(
    { apiKey: "demo-api-key", projectId: process.env.GCLOUD_PROJECT ?? "demo-pano" },
    `load-${person.uid}`,
  );
  const auth = getAuth(app);
  connectAuthEmulator(auth, `http://${host("FIREBASE_AUTH_EMULATOR_HOST")}`, {
    disableWarnings: true,
  });
  const db = initializeFirestore(app, {});
  const [firestoreHost, firestorePort] = host("FIRESTORE_EMULATOR_HOST").split(":");
  connectFirestoreEmulator(db, firestoreHost ?? "127.0.0.1", Number(firestorePort));
  await signInWithEmailAndPassword(auth, person.email, demoPassword);

  let tasks: Card[] = [];
  let deals: DealCard[] = [];
  let tasksFromServer = false;
  let dealsFromServer = false;
  let tasksPending = false;
  let dealsPending = false;
  const listenErrors: string[] = [];
  const noteError = (error: Error) => listenErrors.push(error.message);
  const card = (id: string, data: DocumentData) => ({
    id,
    rank: String(data["rank"]),
    status: String(data["status"]),
    projectId: (data["projectId"] as string | null) ?? null,
    stage: String(data["stage"]),
  });
  const stopTasks = onSnapshot(
    query(collection(db, paths.tasks(workspaceId)), where("projectId", "==", projectId)),
    { includeMetadataChanges: true },
    (snapshot) => {
      tasks = snapshot.docs.map((document) => card(document.id, document.data()));
      tasksFromServer = !snapshot.metadata.fromCache && !snapshot.metadata.hasPendingWrites;
      tasksPending = snapshot.metadata.hasPendingWrites;
    },
    noteError,
  );
  const stopDeals = onSnapshot(
    collection(db, paths.deals(workspaceId)),
    { includeMetadataChanges: true },
    (snapshot) => {
      deals = snapshot.docs.map((document) => card(document.id, document.data()));
      dealsFromServer = !snapshot.metadata.fromCache && !snapshot.metadata.hasPendingWrites;
      dealsPending = snapshot.metadata.hasPendingWrites;
    },
    noteError,
  );
  const written = { updatedBy: person.uid, updatedAt: serverTimestamp() };
  return {
    uid: person.uid,
    name: person.name,
    ready: () => tasksFromServer && dealsFromServer,
    tasks: () => tasks,
    deals: () => deals,
    columns: () => {
      const grouped = new Map<string, Ranked[]>();
      const add = (key: string, entry: Ranked) =>
        grouped.set(key, [...(grouped.get(key) ?? []), entry]);
      for (const task of tasks) add(`task:${task.status}`, task);
      for (const deal of deals) add(`deal:${deal.stage}`, deal);
      return new Map(
        [...grouped].map(([key, cards]) => [key, cards.sort(compareRanked).map((c) => c.id)]),
      );
    },
    listenErrors: () => listenErrors,
    pending: () => tasksPending || dealsPending,
    now: () => serverTimestamp() as unknown as ServerTime,
    updateTask: (taskId, fields) =>
      updateDoc(doc(db, paths.task(workspaceId, taskId)), { ...fields, ...written }),
    updateDeal: (dealId, fields) =>
      updateDoc(doc(db, paths.deal(workspaceId, dealId)), { ...fields, ...written }),
    createTask: (task) => {
      const reference = doc(collection(db, paths.tasks(workspaceId)));
      return { id: reference.id, committed: setDoc(reference, task) };
    },
    close: async () => {
      stopTasks();
      stopDeals();
      await deleteApp(app);
    },
  };
};
