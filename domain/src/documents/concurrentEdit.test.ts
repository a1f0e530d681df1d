import { describe, expect, it } from "vitest";
import {
  changedFields,
  changedKeys,
  editConflicts,
  followLive,
  resolveConflict,
  sameFieldValue,
} from "./concurrentEdit";

const opened = {
  name: "Ayşe Yılmaz",
  phone: "0532 111 22 33",
  tags: ["vip"],
  dueAt: new Date("2025-03-01T09:00:00Z"),
  value: 1000,
};

describe("sameFieldValue", () => {
  it("compares dates by time and lists item by item", () => {
    expect(sameFieldValue(new Date(5), new Date(5))).toBe(true);
    expect(sameFieldValue(new Date(5), new Date(6))).toBe(false);
    expect(sameFieldValue(["a", "b"], ["a", "b"])).toBe(true);
    expect(sameFieldValue(["a", "b"], ["b", "a"])).toBe(false);
    expect(sameFieldValue(["a"], ["a", "b"])).toBe(false);
    expect(sameFieldValue(null, "")).toBe(false);
    expect(sameFieldValue(null, null)).toBe(true);
  });
});

describe("changedFields", () => {
  it("keeps only the fields whose value changed, with the edited value", () => {
    const edited = {
      ...opened,
      phone: "0533 999 88 77",
      tags: ["vip"],
      dueAt: new Date(opened.dueAt),
    };
    expect(changedKeys(opened, edited)).toEqual(["phone"]);
    expect(changedFields(opened, edited)).toEqual({ phone: "0533 999 88 77" });
  });

  it("is empty when a field was changed and changed back", () => {
    expect(changedFields(opened, { ...opened })).toEqual({});
  });
});

describe("followLive", () => {
  it("takes someone else's change in a field the person left alone, so saving writes only theirs", () => {
    const edited = { ...opened, name: "Ayşe Kaya" };
    const live = { ...opened, phone: "0533 999 88 77" };
    const next = followLive({ base: opened, edited }, live);
    expect(next.edited).toEqual({ ...opened, name: "Ayşe Kaya", phone: "0533 999 88 77" });
    expect(changedFields(next.base, next.edited)).toEqual({ name: "Ayşe Kaya" });
    expect(editConflicts(next.base, next.edited, live)).toEqual([]);
  });

  it("drops a change someone else already made with the same value", () => {
    const edited = { ...opened, value: 2000 };
    const live = { ...opened, value: 2000 };
    const next = followLive({ base: opened, edited }, live);
    expect(changedFields(next.base, next.edited)).toEqual({});
  });

  it("keeps both values of a field both changed differently, as a conflict", () => {
    const edited = { ...opened, phone: "0544 000 00 00", name: "Ayşe Kaya" };
    const live = { ...opened, phone: "0533 999 88 77" };
    const next = followLive({ base: opened, edited }, live);
    expect(next.edited.phone).toBe("0544 000 00 00");
    expect(next.base.phone).toBe(opened.phone);
    expect(editConflicts(next.base, next.edited, live)).toEqual(["phone"]);
  });
});

describe("resolveConflict", () => {
  const edited = { ...opened, phone: "0544 000 00 00", name: "Ayşe Kaya" };
  const live = { ...opened, phone: "0533 999 88 77" };

  it("keeping mine writes my value over theirs, knowingly", () => {
    const next = resolveConflict({ base: opened, edited }, live, "phone", "mine");
    expect(editConflicts(next.base, next.edited, live)).toEqual([]);
    expect(changedFields(next.base, next.edited)).toEqual({
      name: "Ayşe Kaya",
      phone: "0544 000 00 00",
    });
  });

  it("taking theirs shows their value and writes nothing for the field", () => {
    const next = resolveConflict({ base: opened, edited }, live, "phone", "theirs");
    expect(next.edited.phone).toBe("0533 999 88 77");
    expect(editConflicts(next.base, next.edited, live)).toEqual([]);
    expect(changedFields(next.base, next.edited)).toEqual({ name: "Ayşe Kaya" });
  });

  it("a later change of the same field by someone else is a new conflict", () => {
    const kept = resolveConflict({ base: opened, edited }, live, "phone", "mine");
    const later = { ...live, phone: "0555 123 45 67" };
    expect(editConflicts(kept.base, kept.edited, later)).toEqual(["phone"]);
  });
});
