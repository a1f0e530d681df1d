import { describe, expect, it } from "vitest";
import { timestampsToDates } from "./timestampsToDates";

class FakeTimestamp {
  constructor(private readonly millis: number) {}
  toDate() {
    return new Date(this.millis);
  }
}
const isFake = (candidate: object): candidate is FakeTimestamp =>
  candidate instanceof FakeTimestamp;

describe("timestampsToDates", () => {
  it("turns timestamps into dates at any depth and leaves everything else alone", () => {
    const converted = timestampsToDates(
      {
        name: "Demo Ajans",
        count: 3,
        missing: null,
        createdAt: new FakeTimestamp(0),
        stages: [{ id: "lead", at: new FakeTimestamp(1000) }],
      },
      isFake,
    );
    expect(converted).toEqual({
      name: "Demo Ajans",
      count: 3,
      missing: null,
      createdAt: new Date(0),
      stages: [{ id: "lead", at: new Date(1000) }],
    });
  });
});
