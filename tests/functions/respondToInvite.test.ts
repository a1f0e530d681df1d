import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { paths } from "@pano/domain";
import {
  adminDb,
  clearFirestore,
  closeClients,
  createSignedInUser,
  signedOutCall,
} from "@pano/testing/emulatorClients";
import { expectCallableError } from "@pano/testing/expectCallableError";
import { roleOf, seedInvite, seedWorkspace } from "@pano/testing/seedWorkspace";

const workspaceId = "ws-invite";

beforeEach(clearFirestore);
afterAll(closeClients);

const setup = async (options: { emailVerified?: boolean } = {}) => {
  const owner = await createSignedInUser();
  const invitee = await createSignedInUser(options);
  await seedWorkspace(workspaceId, [{ ...owner, role: "owner" }]);
  await seedInvite(workspaceId, invitee.email, "member", owner.uid);
  return { owner, invitee };
};

const inviteExists = async (email: string) =>
  (await adminDb.doc(paths.invite(workspaceId, email)).get()).exists;

describe("respondToInvite", () => {
  it("makes the invitee a member with the invited role and removes the invite", async () => {
    const { invitee } = await setup();
    await expect(invitee.call("respondToInvite", { workspaceId, accept: true })).resolves.toEqual({
      workspaceId,
      joined: true,
    });
    const member = (await adminDb.doc(paths.member(workspaceId, invitee.uid)).get()).data();
    expect(member).toMatchObject({ uid: invitee.uid, role: "member", email: invitee.email });
    expect(member?.joinedAt).toBeDefined();
    expect(await inviteExists(invitee.email)).toBe(false);
  });

  it("declining removes the invite and adds no member", async () => {
    const { invitee } = await setup();
    await invitee.call("respondToInvite", { workspaceId, accept: false });
    expect(await roleOf(workspaceId, invitee.uid)).toBeUndefined();
    expect(await inviteExists(invitee.email)).toBe(false);
  });

  it("refuses an unverified e-mail address and keeps the invite", async () => {
    const { invitee } = await setup({ emailVerified: false });
    await expectCallableError(
      invitee.call("respondToInvite", { workspaceId, accept: true }),
      "functions/failed-precondition",
      "errors.emailNotVerified",
    );
    expect(await roleOf(workspaceId, invitee.uid)).toBeUndefined();
    expect(await inviteExists(invitee.email)).toBe(true);
  });

  it("refuses someone the invite was not sent to", async () => {
    await setup();
    const stranger = await createSignedInUser();
    await expectCallableError(
      stranger.call("respondToInvite", { workspaceId, accept: true }),
      "functions/not-found",
      "errors.inviteNotFound",
    );
    expect(await roleOf(workspaceId, stranger.uid)).toBeUndefined();
  });

  it("refuses signed-out callers and malformed requests", async () => {
    const { invitee } = await setup();
    await expectCallableError(
      signedOutCall("respondToInvite", { workspaceId, accept: true }),
      "functions/unauthenticated",
    );
    await expectCallableError(
      invitee.call("respondToInvite", { workspaceId, accept: "yes" }),
      "functions/invalid-argument",
    );
  });

  it("joins exactly once when the same acceptance arrives twice at the same time", async () => {
    const { invitee } = await setup();
    const answers = await Promise.allSettled([
      invitee.call("respondToInvite", { workspaceId, accept: true }),
      invitee.call("respondToInvite", { workspaceId, accept: true }),
    ]);
    expect(answers.filter((answer) => answer.status === "fulfilled").length).toBeGreaterThanOrEqual(
      1,
    );
    const members = await adminDb
      .collection(paths.members(workspaceId))
      .where("uid", "==", invitee.uid)
      .get();
    expect(members.size).toBe(1);
    expect(await roleOf(workspaceId, invitee.uid)).toBe("member");
  });

  it("never changes the role of someone who is already a member", async () => {
    const { owner, invitee } = await setup();
    await seedWorkspace(workspaceId, [
      { ...owner, role: "owner" },
      { ...invitee, role: "viewer" },
    ]);
    await seedInvite(workspaceId, invitee.email, "admin", owner.uid);
    await invitee.call("respondToInvite", { workspaceId, accept: true });
    expect(await roleOf(workspaceId, invitee.uid)).toBe("viewer");
  });
});
