import { describe, expect, expectTypeOf, it } from "vitest";
import type { DeleteField, DocumentUpdate, DocumentWrite, ServerTime } from "./documentWrite";

type Sample = { name: string; dueAt: Date | null; createdAt: Date; note?: string };

describe("DocumentWrite", () => {
  it("lets timestamp fields be the server's clock and nothing else", () => {
    expectTypeOf<DocumentWrite<Sample>["createdAt"]>().toEqualTypeOf<Date | ServerTime>();
    expectTypeOf<DocumentWrite<Sample>["dueAt"]>().toEqualTypeOf<Date | ServerTime | null>();
    expectTypeOf<DocumentWrite<Sample>["name"]>().toEqualTypeOf<string>();
    expect(true).toBe(true);
  });

  it("lets only optional fields be deleted in an update", () => {
    expectTypeOf<DocumentUpdate<Sample>["note"]>().toEqualTypeOf<
      string | undefined | DeleteField
    >();
    expectTypeOf<DocumentUpdate<Sample>["name"]>().toEqualTypeOf<string | undefined>();
    expect(true).toBe(true);
  });
});
