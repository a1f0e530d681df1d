import { randomUUID } from "node:crypto";
import {
  deleteApp as deleteAdminApp,
  initializeApp as initializeAdminApp,
} from "firebase-admin/app";
import { getAuth as getAdminAuth } from "firebase-admin/auth";
import { getFirestore as getAdminFirestore } from "firebase-admin/firestore";
import { deleteApp, initializeApp } from "firebase/app";
import { connectAuthEmulator, getAuth, signInWithEmailAndPassword } from "firebase/auth";
import { connectFunctionsEmulator, getFunctions, httpsCallable } from "firebase/functions";
import { functionsRegion } from "@pano/domain";

export const projectId = "demo-pano";

const required = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run these tests under firebase emulators:exec`);
  return value;
};

const firestoreHost = required("FIRESTORE_EMULATOR_HOST");
const authHost = required("FIREBASE_AUTH_EMULATOR_HOST");
const functionsHost = new URL(`http://${process.env.FUNCTIONS_EMULATOR_HOST ?? "127.0.0.1:5001"}`);

const adminApp = initializeAdminApp({ projectId }, `admin-${randomUUID()}`);
export const adminAuth = getAdminAuth(adminApp);
export const adminDb = getAdminFirestore(adminApp);

const clientApps: ReturnType<typeof initializeApp>[] = [];

// A trigger's transaction still running from the previous test makes the emulator answer 409;
// clearing is retried until that transaction is over.
export const clearFirestore = async () => {
  const url = `http://${firestoreHost}/emulator/v1/projects/${projectId}/databases/(default)/documents`;
  const deadline = Date.now() + 15_000;
  for (;;) {
    const response = await fetch(url, { method: "DELETE" });
    if (response.ok) return;
    if (response.status !== 409 || Date.now() > deadline)
      throw new Error(`clearing Firestore failed: HTTP ${response.status}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

export type TestUser = {
  uid: string;
  email: string;
  call: <T>(name: string, data: unknown) => Promise<T>;
};

// A real Auth emulator account, signed in through the client SDK, calling real callables.
export const createSignedInUser = async (
  options: { emailVerified?: boolean } = {},
): Promise<TestUser> => {
  const email = `user-${randomUUID().slice(0, 8)}@pano.test`;
  const password = "test-password";
  const { uid } = await adminAuth.createUser({
    email,
    password,
    displayName: `Test ${email}`,
    emailVerified: options.emailVerified ?? true,
  });
  const app = initializeApp({ apiKey: "demo-api-key", projectId }, `client-${uid}`);
  clientApps.push(app);
  const auth = getAuth(app);
  connectAuthEmulator(auth, `http://${authHost}`, { disableWarnings: true });
  const functions = getFunctions(app, functionsRegion);
  connectFunctionsEmulator(functions, functionsHost.hostname, Number(functionsHost.port));
  await signInWithEmailAndPassword(auth, email, password);
  return {
    uid,
    email,
    call: async <T>(name: string, data: unknown) =>
      (await httpsCallable<unknown, T>(functions, name)(data)).data,
  };
};

export const signedOutCall = async (name: string, data: unknown) => {
  const app = initializeApp({ apiKey: "demo-api-key", projectId }, `anonymous-${randomUUID()}`);
  clientApps.push(app);
  const functions = getFunctions(app, functionsRegion);
  connectFunctionsEmulator(functions, functionsHost.hostname, Number(functionsHost.port));
  return httpsCallable(functions, name)(data);
};

export const closeClients = async () => {
  await Promise.all(clientApps.splice(0).map((app) => deleteApp(app)));
  await deleteAdminApp(adminApp);
};
