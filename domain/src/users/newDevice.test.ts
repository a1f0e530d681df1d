import { describe, expect, it } from "vitest";
import { deviceIdFor, newDevice } from "./newDevice";

describe("devices", () => {
  it("gives one token always the same id and another token another id", async () => {
    const id = await deviceIdFor("token-a");
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(await deviceIdFor("token-a")).toBe(id);
    expect(await deviceIdFor("token-b")).not.toBe(id);
  });

  it("stores a new device as first seen when it was made", () => {
    const now = new Date("2026-11-30T10:00:00Z");
    expect(newDevice("token-a", "web", now)).toEqual({
      token: "token-a",
      platform: "web",
      createdAt: now,
      lastSeenAt: now,
    });
  });
});
