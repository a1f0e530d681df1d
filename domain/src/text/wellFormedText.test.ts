import { describe, expect, it } from "vitest";
import { splitGraphemes, toWellFormedText, truncateText, wellFormedDeep } from "./wellFormedText";

const isWellFormed = (text: string) => text.isWellFormed();

describe("well-formed stored text", () => {
  it("replaces a lone surrogate half with the replacement character", () => {
    expect(toWellFormedText("Roket \ud83d")).toBe("Roket \ufffd");
    expect(toWellFormedText("\ude80 ajans")).toBe("\ufffd ajans");
  });

  it("keeps whole emoji and Turkish letters as they are", () => {
    expect(toWellFormedText("🚀 Roket Ajans 😀")).toBe("🚀 Roket Ajans 😀");
    expect(toWellFormedText("Çiçekçi 🌸 İĞÜŞÖÇ ığüşöç")).toBe("Çiçekçi 🌸 İĞÜŞÖÇ ığüşöç");
  });

  it("composes combining marks (NFC), so the same word is the same stored text", () => {
    const decomposed = "S\u0327irket I\u0307zmir";
    expect(decomposed).not.toBe("Şirket İzmir");
    expect(toWellFormedText(decomposed)).toBe("Şirket İzmir");
  });

  it("cleans every string of a document, however deep, and leaves other values alone", () => {
    const when = new Date(0);
    const sentinel = new (class Sentinel {})();
    const cleaned = wellFormedDeep({
      name: "a\ud83d",
      tags: ["I\u0307", "ok"],
      stages: [{ id: "s1", name: "Ş\ud800" }],
      value: 5,
      when,
      sentinel,
      none: null,
    });
    expect(cleaned).toEqual({
      name: "a\ufffd",
      tags: ["İ", "ok"],
      stages: [{ id: "s1", name: "Ş\ufffd" }],
      value: 5,
      when,
      sentinel,
      none: null,
    });
    expect(cleaned.when).toBe(when);
    expect(cleaned.sentinel).toBe(sentinel);
  });
});

describe("cutting text", () => {
  it("never cuts inside an emoji, a skin tone, a flag or a combined letter", () => {
    for (const text of ["🚀🚀🚀", "👍🏽👍🏽", "🇹🇷🇹🇷", "👩‍💻x", "S\u0327S\u0327"])
      for (let length = 0; length <= text.length; length += 1) {
        const cut = truncateText(text, length);
        expect(isWellFormed(cut)).toBe(true);
        expect(cut.length).toBeLessThanOrEqual(length);
        expect(text.startsWith(cut)).toBe(true);
        expect(splitGraphemes(text).slice(0, splitGraphemes(cut).length).join("")).toBe(cut);
      }
  });

  it("keeps Turkish letters whole", () => {
    expect(truncateText("Çiçekçi", 3)).toBe("Çiç");
  });
});
