import { describe, expect, it } from "vitest";
import { eventNotificationId, handoverRecipient, writeActor } from "./handover";

describe("handoverRecipient", () => {
  it("names the new holder when someone else assigns them", () => {
    expect(handoverRecipient(undefined, "zeynep", "ayse")).toBe("zeynep");
    expect(handoverRecipient(null, "zeynep", "ayse")).toBe("zeynep");
    expect(handoverRecipient("mehmet", "zeynep", "ayse")).toBe("zeynep");
  });

  it("names nobody for taking it yourself, an unchanged holder or no holder", () => {
    expect(handoverRecipient(undefined, "ayse", "ayse")).toBeNull();
    expect(handoverRecipient("mehmet", "ayse", "ayse")).toBeNull();
    expect(handoverRecipient("zeynep", "zeynep", "ayse")).toBeNull();
    expect(handoverRecipient("zeynep", null, "ayse")).toBeNull();
  });
});

describe("writeActor", () => {
  it("is the last writer, or the creator for a record written before updatedBy", () => {
    expect(writeActor({ createdBy: "ayse", updatedBy: "mehmet" })).toBe("mehmet");
    expect(writeActor({ createdBy: "ayse", updatedBy: null })).toBe("ayse");
  });
});

describe("eventNotificationId", () => {
  const event = {
    type: "task_assigned",
    workspaceId: "w1",
    subjectId: "t1",
    recipient: "zeynep",
    at: new Date("2026-11-30T09:00:00.123Z"),
  };

  it("is the same for the same event and differs for a later write", () => {
    expect(eventNotificationId(event)).toBe(`task_assigned-w1-t1-zeynep-${event.at.getTime()}`);
    expect(eventNotificationId({ ...event })).toBe(eventNotificationId(event));
    expect(eventNotificationId({ ...event, at: new Date(event.at.getTime() + 1) })).not.toBe(
      eventNotificationId(event),
    );
  });
});
