import { describe, expect, it } from "vitest";
import { earlierWriteOutcome, mergeByPath, writtenDocument } from "./writtenDocument";

class Computed {}
const isComputed = (value: unknown) => value instanceof Computed;
const at = (iso: string) => ({ toDate: () => new Date(iso) });

describe("writtenDocument", () => {
  it("keeps plain values and the item's name, leaves out what the server computes", () => {
    const written = writtenDocument(
      "w/1/deals/a",
      {
        title: "Logo 😀 <b>",
        value: 1500,
        tags: ["a", new Computed()],
        expectedCloseAt: new Date("2026-12-01T09:00:00Z"),
        updatedAt: new Computed(),
        owner: { uid: "ayse", at: new Computed() },
      },
      isComputed,
    );
    expect(written).toEqual({
      path: "w/1/deals/a",
      name: "Logo 😀 <b>",
      fields: {
        title: "Logo 😀 <b>",
        value: 1500,
        tags: ["a", null],
        expectedCloseAt: "2026-12-01T09:00:00.000Z",
        owner: { uid: "ayse" },
      },
    });
    expect(writtenDocument("w/1/customers/c", { name: "Işıl" }, isComputed).name).toBe("Işıl");
    expect(writtenDocument("w/1/deals/a", null, isComputed)).toEqual({
      path: "w/1/deals/a",
      name: null,
      fields: null,
    });
  });

  it("merges several waiting writes to one document in order", () => {
    expect(
      mergeByPath([
        { path: "a", name: "Logo", fields: { title: "Logo", stage: "new" } },
        { path: "b", name: null, fields: { stage: "won" } },
        { path: "a", name: null, fields: { stage: "won" } },
        { path: "b", name: null, fields: null },
      ]),
    ).toEqual([
      { path: "a", name: "Logo", fields: { title: "Logo", stage: "won" } },
      { path: "b", name: null, fields: null },
    ]);
  });
});

describe("earlierWriteOutcome", () => {
  const move = { path: "a", name: null, fields: { stage: "won", rank: "a0", "owner.uid": "can" } };

  it("is saved when the server holds every value written, whatever it added", () => {
    const server = {
      stage: "won",
      rank: "a0",
      owner: { uid: "can" },
      updatedAt: at("2026-11-30T10:00:00Z"),
    };
    expect(earlierWriteOutcome(move, server, "ayse")).toBe("saved");
    const dated = { path: "a", name: null, fields: { dueAt: "2026-12-01T09:00:00.000Z" } };
    expect(earlierWriteOutcome(dated, { dueAt: at("2026-12-01T09:00:00Z") }, "ayse")).toBe("saved");
    const tagged = { path: "a", name: null, fields: { labels: { b: 1, a: 2 } } };
    expect(earlierWriteOutcome(tagged, { labels: { a: 2, b: 1 } }, "ayse")).toBe("saved");
  });

  it("is deleted when the document is gone, and a deletion is saved when it is", () => {
    expect(earlierWriteOutcome(move, undefined, "ayse")).toBe("deleted");
    const removal = { path: "a", name: null, fields: null };
    expect(earlierWriteOutcome(removal, undefined, "ayse")).toBe("saved");
    expect(earlierWriteOutcome(removal, { stage: "won" }, "ayse")).toBe("refused");
  });

  it("tells a refusal from someone else's later change", () => {
    const other = { stage: "lost", rank: "a0", owner: { uid: "can" }, updatedBy: "mehmet" };
    expect(earlierWriteOutcome(move, other, "ayse")).toBe("overtaken");
    expect(earlierWriteOutcome(move, { ...other, updatedBy: "ayse" }, "ayse")).toBe("refused");
    expect(earlierWriteOutcome(move, { stage: "lost" }, "ayse")).toBe("refused");
  });
});
