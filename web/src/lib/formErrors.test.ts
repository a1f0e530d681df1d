import { describe, expect, it } from "vitest";
import { errorsStillFailing } from "./formErrors";

describe("errorsStillFailing", () => {
  it("drops an error that is fixed, even by a change to another field", () => {
    const shown = { "items.2.name": "stages.duplicateName" };
    expect(errorsStillFailing(shown, {})).toEqual({});
  });

  it("keeps an error that is still there, with its current message", () => {
    const shown = { title: "validation.required", items: "stages.needsOpen" };
    const fresh = { title: "validation.tooLong?max=200", items: "stages.needsOpen" };
    expect(errorsStillFailing(shown, fresh)).toEqual(fresh);
  });

  it("shows no new error before the next submit", () => {
    expect(errorsStillFailing({}, { customerId: "validation.required" })).toEqual({});
  });
});
