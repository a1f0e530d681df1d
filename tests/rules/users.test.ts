import { assertFails, assertSucceeds } from "@firebase/rules-unit-testing";
import {
  deleteDoc,
  doc,
  getDoc,
  serverTimestamp,
  setDoc,
  Timestamp,
  updateDoc,
} from "firebase/firestore";
import { describe, it } from "vitest";
import { defaultNotificationPreferences, paths } from "@pano/domain";
import {
  asUser,
  useRulesTestEnvironment,
  outsider,
  signedOut,
  users,
} from "./support/rulesTestEnvironment";

const environment = useRulesTestEnvironment();
const me = users.member;

const profile = () => ({
  displayName: "Zeynep Kaya",
  email: me.email,
  locale: "tr",
  createdAt: serverTimestamp(),
});

const seedProfile = () =>
  environment().withSecurityRulesDisabled(async (context) => {
    const db = context.firestore();
    await db.doc(paths.user(me.uid)).set({ ...profile(), createdAt: Timestamp.now() });
    await db.doc(`${paths.notifications(me.uid)}/n1`).set({
      workspaceId: "ws1",
      type: "invite",
      title: "t",
      body: "b",
      link: "/",
      read: false,
      createdAt: Timestamp.now(),
    });
    await db.doc(`${paths.devices(me.uid)}/d1`).set({
      token: "token",
      platform: "web",
      createdAt: Timestamp.now(),
      lastSeenAt: Timestamp.now(),
    });
  });

describe("users/{uid}", () => {
  it("lets a user create their own valid profile", async () => {
    await assertSucceeds(setDoc(doc(asUser(environment(), me), paths.user(me.uid)), profile()));
  });

  it("denies a profile for someone else, signed-out writes, or bad fields", async () => {
    const db = asUser(environment(), me);
    await assertFails(setDoc(doc(asUser(environment(), outsider), paths.user(me.uid)), profile()));
    await assertFails(setDoc(doc(signedOut(environment()), paths.user(me.uid)), profile()));
    await assertFails(setDoc(doc(db, paths.user(me.uid)), { ...profile(), locale: "de" }));
    await assertFails(setDoc(doc(db, paths.user(me.uid)), { ...profile(), admin: true }));
    await assertFails(setDoc(doc(db, paths.user(me.uid)), { ...profile(), displayName: "" }));
    await assertFails(
      setDoc(doc(db, paths.user(me.uid)), { ...profile(), displayName: "x".repeat(81) }),
    );
    await assertFails(
      setDoc(doc(db, paths.user(me.uid)), { ...profile(), email: "someone@else.test" }),
    );
    await assertFails(
      setDoc(doc(db, paths.user(me.uid)), { ...profile(), createdAt: Timestamp.now() }),
    );
  });

  it("lets only the user read their profile", async () => {
    await seedProfile();
    await assertSucceeds(getDoc(doc(asUser(environment(), me), paths.user(me.uid))));
    await assertFails(getDoc(doc(asUser(environment(), outsider), paths.user(me.uid))));
    await assertFails(getDoc(doc(signedOut(environment()), paths.user(me.uid))));
  });

  it("lets the user change locale and name but never createdAt, and never delete", async () => {
    await seedProfile();
    const ref = doc(asUser(environment(), me), paths.user(me.uid));
    await assertSucceeds(updateDoc(ref, { locale: "en", displayName: "Zeynep K." }));
    await assertFails(updateDoc(ref, { createdAt: Timestamp.now() }));
    await assertFails(
      updateDoc(doc(asUser(environment(), outsider), paths.user(me.uid)), { locale: "en" }),
    );
    await assertFails(deleteDoc(ref));
  });
});

describe("users/{uid}/devices", () => {
  const device = () => ({
    token: "fcm-token",
    platform: "web",
    createdAt: serverTimestamp(),
    lastSeenAt: serverTimestamp(),
  });

  it("lets the user register, refresh, read and remove their own devices", async () => {
    await seedProfile();
    const db = asUser(environment(), me);
    await assertSucceeds(setDoc(doc(db, `${paths.devices(me.uid)}/d2`), device()));
    await assertSucceeds(
      updateDoc(doc(db, `${paths.devices(me.uid)}/d1`), { lastSeenAt: serverTimestamp() }),
    );
    await assertSucceeds(getDoc(doc(db, `${paths.devices(me.uid)}/d1`)));
    await assertSucceeds(deleteDoc(doc(db, `${paths.devices(me.uid)}/d1`)));
  });

  it("denies other users' devices and malformed ones", async () => {
    await seedProfile();
    const other = asUser(environment(), outsider);
    const db = asUser(environment(), me);
    await assertFails(setDoc(doc(other, `${paths.devices(me.uid)}/d2`), device()));
    await assertFails(getDoc(doc(other, `${paths.devices(me.uid)}/d1`)));
    await assertFails(deleteDoc(doc(other, `${paths.devices(me.uid)}/d1`)));
    await assertFails(
      setDoc(doc(db, `${paths.devices(me.uid)}/d2`), { ...device(), platform: "fax" }),
    );
    await assertFails(setDoc(doc(db, `${paths.devices(me.uid)}/d2`), { ...device(), token: "" }));
    await assertFails(
      updateDoc(doc(db, `${paths.devices(me.uid)}/d1`), {
        createdAt: Timestamp.now(),
        lastSeenAt: serverTimestamp(),
      }),
    );
  });
});

describe("users/{uid}/notifications", () => {
  it("lets the user read notifications and set only `read`", async () => {
    await seedProfile();
    const ref = doc(asUser(environment(), me), `${paths.notifications(me.uid)}/n1`);
    await assertSucceeds(getDoc(ref));
    await assertSucceeds(updateDoc(ref, { read: true }));
  });

  it("denies creating, deleting, rewriting or reading another user's notifications", async () => {
    await seedProfile();
    const db = asUser(environment(), me);
    const ref = doc(db, `${paths.notifications(me.uid)}/n1`);
    await assertFails(updateDoc(ref, { title: "changed" }));
    await assertFails(updateDoc(ref, { read: "yes" }));
    await assertFails(deleteDoc(ref));
    await assertFails(setDoc(doc(db, `${paths.notifications(me.uid)}/n2`), { read: false }));
    await assertFails(
      getDoc(doc(asUser(environment(), outsider), `${paths.notifications(me.uid)}/n1`)),
    );
  });
});

describe("users/{uid}/preferences/notifications", () => {
  const saved = () => ({
    ...defaultNotificationPreferences("Europe/Istanbul"),
    updatedAt: serverTimestamp(),
  });
  const ref = (db: ReturnType<typeof asUser>) => doc(db, paths.notificationPreferences(me.uid));

  it("lets the user save and read their own settings", async () => {
    const db = asUser(environment(), me);
    await assertSucceeds(setDoc(ref(db), saved()));
    await assertSucceeds(
      setDoc(ref(db), {
        ...saved(),
        leadMinutes: 15,
        quietHours: { enabled: true, startHour: 22, endHour: 8, timeZone: "Europe/London" },
      }),
    );
    await assertSucceeds(getDoc(ref(db)));
  });

  it("denies someone else's settings and malformed ones", async () => {
    const db = asUser(environment(), me);
    const other = asUser(environment(), outsider);
    const { channels, quietHours } = saved();
    await assertFails(setDoc(ref(other), saved()));
    await assertFails(getDoc(ref(other)));
    await assertFails(setDoc(ref(db), { ...saved(), leadMinutes: 45 }));
    await assertFails(setDoc(ref(db), { ...saved(), updatedAt: Timestamp.now() }));
    await assertFails(setDoc(ref(db), { ...saved(), extra: true }));
    await assertFails(
      setDoc(ref(db), {
        ...saved(),
        channels: { ...channels, deal_won: { inbox: "yes", push: true } },
      }),
    );
    await assertFails(
      setDoc(ref(db), { ...saved(), channels: { ...channels, task_overdue: { inbox: true } } }),
    );
    await assertFails(setDoc(ref(db), { ...saved(), quietHours: { ...quietHours, endHour: 24 } }));
    await assertFails(setDoc(ref(db), { ...saved(), quietHours: { ...quietHours, timeZone: "" } }));
    await assertFails(deleteDoc(ref(db)));
  });
});
