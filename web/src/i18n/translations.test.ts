import { describe, expect, it } from "vitest";
import en from "./en.json";
import tr from "./tr.json";

const keysOf = (node: unknown, prefix = ""): string[] =>
  Object.entries(node as Record<string, unknown>).flatMap(([key, value]) =>
    typeof value === "string" ? [prefix + key] : keysOf(value, `${prefix}${key}.`),
  );

describe("translations", () => {
  it("has the same keys in Turkish and English", () => {
    expect(keysOf(en).sort()).toEqual(keysOf(tr).sort());
  });

  it("has no empty strings", () => {
    for (const resources of [tr, en])
      for (const key of keysOf(resources)) {
        const value = key
          .split(".")
          .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], resources);
        expect(value, key).not.toBe("");
      }
  });
});
