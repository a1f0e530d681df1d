import { describe, expect, it } from "vitest";
import { syncStatus } from "./syncStatus";

describe("syncStatus", () => {
  it("is all saved online with nothing waiting", () => {
    expect(syncStatus(true, 0)).toEqual({ kind: "saved" });
  });

  it("is saving online while writes wait for the server", () => {
    expect(syncStatus(true, 2)).toEqual({ kind: "saving", waiting: 2 });
  });

  it("is offline whenever the network is gone, with how many changes wait", () => {
    expect(syncStatus(false, 3)).toEqual({ kind: "offline", waiting: 3 });
    expect(syncStatus(false, 0)).toEqual({ kind: "offline", waiting: 0 });
  });
});
