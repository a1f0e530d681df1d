import { describe, expect, it } from "vitest";
import { stateForKey, type SubscriptionState } from "./useSubscription";

const ready: SubscriptionState<string[]> = { status: "ready", data: ["Ayşe"] };
const failed: SubscriptionState<string[]> = { status: "error", error: new Error("denied") };

describe("stateForKey", () => {
  it("shows the stored answer for its own key", () => {
    expect(stateForKey({ key: "a", value: ready }, "a", false)).toBe(ready);
    expect(stateForKey({ key: "a", value: failed }, "a", true)).toBe(failed);
  });

  it("is loading for a new key, unless asked to keep the previous answer", () => {
    expect(stateForKey({ key: "a", value: ready }, "a,b", false)).toEqual({ status: "loading" });
    expect(stateForKey({ key: "a", value: ready }, "a,b", true)).toEqual({
      status: "ready",
      data: ["Ayşe"],
      stale: true,
    });
  });

  it("never keeps an error or a loading state across keys", () => {
    expect(stateForKey({ key: "a", value: failed }, "b", true)).toEqual({ status: "loading" });
    expect(stateForKey({ key: "a", value: { status: "loading" } }, "b", true)).toEqual({
      status: "loading",
    });
  });
});
