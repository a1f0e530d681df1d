import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { clearFirestore, closeClients, createSignedInUser } from "@pano/testing/emulatorClients";
import { expectCallableError } from "@pano/testing/expectCallableError";
import { roleOf, seedWorkspace } from "@pano/testing/seedWorkspace";

const workspaceId = "ws-transfer";

beforeEach(clearFirestore);
afterAll(closeClients);

const setup = async () => {
  const [owner, admin, member] = await Promise.all([
    createSignedInUser(),
    createSignedInUser(),
    createSignedInUser(),
  ]);
  await seedWorkspace(workspaceId, [
    { ...owner, role: "owner" },
    { ...admin, role: "admin" },
    { ...member, role: "member" },
  ]);
  return { owner, admin, member };
};

describe("transferOwnership", () => {
  it("makes the chosen member the owner and the old owner an admin, together", async () => {
    const { owner, member } = await setup();
    await owner.call("transferOwnership", { workspaceId, newOwnerId: member.uid });
    expect(await roleOf(workspaceId, member.uid)).toBe("owner");
    expect(await roleOf(workspaceId, owner.uid)).toBe("admin");
  });

  it("refuses anyone but the owner", async () => {
    const { owner, admin, member } = await setup();
    await expectCallableError(
      owner.call("transferOwnership", { workspaceId, newOwnerId: owner.uid }),
      "functions/invalid-argument",
    );
    await expectCallableError(
      admin.call("transferOwnership", { workspaceId, newOwnerId: owner.uid }),
      "functions/permission-denied",
      "errors.ownerOnly",
    );
    await expectCallableError(
      member.call("transferOwnership", { workspaceId, newOwnerId: admin.uid }),
      "functions/permission-denied",
    );
    expect(await roleOf(workspaceId, owner.uid)).toBe("owner");
  });

  it("refuses a person who is not a member", async () => {
    const { owner } = await setup();
    const stranger = await createSignedInUser();
    await expectCallableError(
      owner.call("transferOwnership", { workspaceId, newOwnerId: stranger.uid }),
      "functions/not-found",
      "errors.memberNotFound",
    );
    expect(await roleOf(workspaceId, owner.uid)).toBe("owner");
    expect(await roleOf(workspaceId, stranger.uid)).toBeUndefined();
  });

  it("leaves exactly one owner when two transfers race", async () => {
    const { owner, admin, member } = await setup();
    await Promise.allSettled([
      owner.call("transferOwnership", { workspaceId, newOwnerId: admin.uid }),
      owner.call("transferOwnership", { workspaceId, newOwnerId: member.uid }),
    ]);
    const roles = await Promise.all(
      [owner, admin, member].map((person) => roleOf(workspaceId, person.uid)),
    );
    expect(roles.filter((role) => role === "owner")).toHaveLength(1);
  });
});
