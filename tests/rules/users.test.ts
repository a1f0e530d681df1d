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
import {
  defaultNotificationPreferences,
  newNotification,
  newPushOutboxEntry,
  newUserProfile,
  paths,
  pushMessage,
  type WriteTime,
} from "@pano/domain";
import { serverTime } from "./support/documents";
import {
  asUser,
  useRulesTestEnvironment,
  outsider,
  signedOut,
  storedAt,
  users,
} from "./support/rulesTestEnvironment";

const environment = useRulesTestEnvironment();
const me = users.member;

const profile = (now: WriteTime = serverTime()) =>
  newUserProfile({ displayName: "Zeynep Kaya", email: me.email, locale: "tr" }, now);

const seedProfile = () =>
  environment().withSecurityRulesDisabled(async (context) => {
    const db = context.firestore();
    await db.doc(paths.user(me.uid)).set(profile(storedAt));
    const now = new Date();
    await db
      .doc(paths.notification(me.uid, "n1"))
      .set(
        newNotification(
          { type: "workspace_invite", params: { workspaceName: "Demo Ajans", actorName: "Ayşe" } },
          { workspaceId: "ws1", link: "/workspaces", inbox: true, pushAt: null },
          now,
        ),
      );
    await db.doc(paths.notificationPreferences(me.uid)).set({
      ...defaultNotificationPreferences(),
      updatedAt: now,
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
    await assertFails(updateDoc(ref, { link: "/elsewhere" }));
    await assertFails(updateDoc(ref, { read: true, pushAt: Timestamp.now() }));
    await assertFails(updateDoc(ref, { read: "yes" }));
    await assertFails(deleteDoc(ref));
    await assertFails(setDoc(doc(db, `${paths.notifications(me.uid)}/n2`), { read: false }));
    await assertFails(
      getDoc(doc(asUser(environment(), outsider), `${paths.notifications(me.uid)}/n1`)),
    );
    await assertFails(
      updateDoc(doc(asUser(environment(), outsider), `${paths.notifications(me.uid)}/n1`), {
        read: true,
      }),
    );
  });
});

describe("users/{uid}/preferences/notifications", () => {
  const preferences = (overrides: Record<string, unknown> = {}) => ({
    ...defaultNotificationPreferences(),
    updatedAt: serverTimestamp(),
    ...overrides,
  });
  const quietHours = (overrides: Record<string, unknown>) => ({
    quietHours: { ...defaultNotificationPreferences().quietHours, ...overrides },
  });
  const mine = () => doc(asUser(environment(), me), paths.notificationPreferences(me.uid));

  it("lets the user save, change, read and reset their own settings", async () => {
    await assertSucceeds(setDoc(mine(), preferences()));
    await assertSucceeds(
      setDoc(
        mine(),
        preferences({
          leadMinutes: 1440,
          ...quietHours({ enabled: true, startHour: 23, endHour: 0, timeZone: "Europe/London" }),
        }),
      ),
    );
    const channels = defaultNotificationPreferences().channels;
    await assertSucceeds(
      updateDoc(mine(), {
        channels: { ...channels, task_assigned: { inbox: false, push: true } },
        updatedAt: serverTimestamp(),
      }),
    );
    await assertSucceeds(getDoc(mine()));
    await assertSucceeds(deleteDoc(mine()));
  });

  it("denies anyone else's settings and any other settings document", async () => {
    await seedProfile();
    const other = asUser(environment(), outsider);
    await assertFails(getDoc(doc(other, paths.notificationPreferences(me.uid))));
    await assertFails(setDoc(doc(other, paths.notificationPreferences(me.uid)), preferences()));
    await assertFails(deleteDoc(doc(other, paths.notificationPreferences(me.uid))));
    await assertFails(getDoc(doc(signedOut(environment()), paths.notificationPreferences(me.uid))));
    await assertFails(
      setDoc(doc(asUser(environment(), me), `users/${me.uid}/preferences/other`), preferences()),
    );
  });

  const missingType: Record<string, unknown> = { ...defaultNotificationPreferences().channels };
  delete missingType.task_assigned;
  it.each([
    ["an hour of 24", quietHours({ startHour: 24 })],
    ["a negative hour", quietHours({ endHour: -1 })],
    ["a fractional hour", quietHours({ startHour: 7.5 })],
    ["an hour as text", quietHours({ startHour: "7" })],
    ["quiet hours switched by text", quietHours({ enabled: "yes" })],
    ["an empty time zone", quietHours({ timeZone: "" })],
    ["a time zone of 65 characters", quietHours({ timeZone: "x".repeat(65) })],
    ["an unknown quiet-hours field", quietHours({ days: [1, 2] })],
    ["a lead time the settings do not offer", { leadMinutes: 45 }],
    ["a type missing", { channels: missingType }],
    [
      "an unknown type",
      {
        channels: {
          ...defaultNotificationPreferences().channels,
          spam: { inbox: true, push: true },
        },
      },
    ],
    [
      "a channel that is not a yes or no",
      {
        channels: {
          ...defaultNotificationPreferences().channels,
          deal_won: { inbox: "yes", push: true },
        },
      },
    ],
    [
      "a channel with an unknown field",
      {
        channels: {
          ...defaultNotificationPreferences().channels,
          deal_won: { inbox: true, push: true, email: true },
        },
      },
    ],
    ["an unknown field", { digest: true }],
    ["a client clock", { updatedAt: Timestamp.now() }],
  ])("denies settings with %s", async (_, overrides) => {
    await assertFails(setDoc(mine(), preferences(overrides)));
  });
});

describe("pushOutbox", () => {
  it("lets no client read or write what the emulator's push sender recorded", async () => {
    const entry = newPushOutboxEntry(
      pushMessage("token", { title: "t", body: "b" }, "/workspaces"),
      new Date(),
    );
    await environment().withSecurityRulesDisabled(async (context) => {
      await context.firestore().doc(paths.pushOutboxEntry("e1")).set(entry);
    });
    const db = asUser(environment(), me);
    await assertFails(getDoc(doc(db, paths.pushOutboxEntry("e1"))));
    await assertFails(setDoc(doc(db, paths.pushOutboxEntry("e2")), entry));
    await assertFails(deleteDoc(doc(db, paths.pushOutboxEntry("e1"))));
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
    await assertFails(deleteDoc(ref(other)));
  });
});
