import { describe, expect, it } from "vitest";
import {
  canChangeRoleOf,
  canDelete,
  canLeave,
  canManageMembers,
  canWrite,
  isAtLeast,
} from "./roles";

describe("roles", () => {
  it("orders roles viewer < member < admin < owner", () => {
    expect(isAtLeast("owner", "admin")).toBe(true);
    expect(isAtLeast("admin", "owner")).toBe(false);
    expect(isAtLeast("member", "member")).toBe(true);
    expect(isAtLeast("viewer", "member")).toBe(false);
    expect(isAtLeast(undefined, "viewer")).toBe(false);
  });

  it("lets admins and owners manage members", () => {
    expect(canManageMembers("owner")).toBe(true);
    expect(canManageMembers("admin")).toBe(true);
    expect(canManageMembers("member")).toBe(false);
    expect(canWrite("member")).toBe(true);
    expect(canWrite("viewer")).toBe(false);
  });

  it("never lets anyone change the owner's or their own role", () => {
    const admin = { uid: "a", role: "admin" as const };
    expect(canChangeRoleOf(admin, { uid: "o", role: "owner" })).toBe(false);
    expect(canChangeRoleOf(admin, { uid: "a", role: "admin" })).toBe(false);
    expect(canChangeRoleOf(admin, { uid: "m", role: "member" })).toBe(true);
    expect(canChangeRoleOf({ uid: "m", role: "member" }, { uid: "v", role: "viewer" })).toBe(false);
  });

  it("lets everyone but the owner leave", () => {
    expect(canLeave("owner")).toBe(false);
    expect(canLeave("viewer")).toBe(true);
  });

  it("lets a writer delete what they created and an admin anything, like the rules", () => {
    const mine = { createdBy: "u1" };
    const theirs = { createdBy: "u2" };
    expect(canDelete({ uid: "u1", role: "member" }, mine)).toBe(true);
    expect(canDelete({ uid: "u1", role: "member" }, theirs)).toBe(false);
    expect(canDelete({ uid: "u1", role: "admin" }, theirs)).toBe(true);
    expect(canDelete({ uid: "u1", role: "owner" }, theirs)).toBe(true);
    expect(canDelete({ uid: "u1", role: "viewer" }, mine)).toBe(false);
    expect(canDelete({ uid: "u1", role: undefined }, mine)).toBe(false);
  });
});
