import { describe, expect, it } from "vitest";
import { memoryStorage } from "@/lib/testing/memoryStorage";
import { createAnsweredQueries } from "./answeredQueries";

describe("createAnsweredQueries", () => {
  it("remembers a query the server answered, across pages of the same device", () => {
    const storage = memoryStorage();
    const first = createAnsweredQueries(storage, "answered");
    expect(first.has("tasks/w/project/p")).toBe(false);
    first.add("tasks/w/project/p");
    expect(first.has("tasks/w/project/p")).toBe(true);
    const later = createAnsweredQueries(storage, "answered");
    expect(later.has("tasks/w/project/p")).toBe(true);
    expect(later.has("tasks/w/project/other")).toBe(false);
  });

  it("starts empty from nothing, from damaged storage, or without storage", () => {
    expect(
      createAnsweredQueries(memoryStorage({ answered: "{not json" }), "answered").has("a"),
    ).toBe(false);
    expect(createAnsweredQueries(memoryStorage({ answered: '{"a":1}' }), "answered").has("a")).toBe(
      false,
    );
    const none = createAnsweredQueries(undefined, "answered");
    none.add("a");
    expect(none.has("a")).toBe(true);
  });

  it("keeps working for the page when storage is full", () => {
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
    };
    const answered = createAnsweredQueries(full, "answered");
    answered.add("a");
    expect(answered.has("a")).toBe(true);
  });
});
