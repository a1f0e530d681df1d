import { describe, expect, it } from "vitest";
import { notificationGroups } from "./notificationGroups";
import { notificationTypes } from "./notificationSchema";

describe("notificationGroups", () => {
  it("puts every type in exactly one group", () => {
    const grouped = Object.values(notificationGroups).flat();
    expect([...grouped].sort()).toEqual([...notificationTypes].sort());
  });
});
