import { describe, expect, it } from "vitest";
import { previewedState } from "./previewedState";
import type { SubscriptionState } from "./useSubscription";

const loading: SubscriptionState<string[]> = { status: "loading" };
const ready = (data: string[]): SubscriptionState<string[]> => ({ status: "ready", data });
const failed: SubscriptionState<string[]> = { status: "error", error: new Error("index") };

describe("previewedState", () => {
  it("is loading and incomplete while neither query has answered", () => {
    expect(previewedState(loading, loading)).toEqual({ status: "loading", complete: false });
  });

  it("shows the preview, marked incomplete, until the full query answers", () => {
    expect(previewedState(ready(["a"]), loading)).toEqual({
      status: "ready",
      data: ["a"],
      complete: false,
    });
  });

  it("shows the full answer, complete, whatever the preview holds", () => {
    const whole = { status: "ready", data: ["a", "b"], complete: true };
    expect(previewedState(ready(["a"]), ready(["a", "b"]))).toEqual(whole);
    expect(previewedState(loading, ready(["a", "b"]))).toEqual(whole);
    expect(previewedState(failed, ready(["a", "b"]))).toEqual(whole);
  });

  it("stays loading when only the preview failed, and reports the full query's error", () => {
    expect(previewedState(failed, loading)).toEqual({ status: "loading", complete: false });
    expect(previewedState(ready(["a"]), failed)).toMatchObject({
      status: "error",
      complete: true,
    });
  });
});
