import { describe, expect, it } from "vitest";
import { limits } from "../config/limits";
import { customerSearchTokens, maxSearchTokenLength, searchTokenFor } from "./searchTokens";

const matches = (customer: { name: string; company: string }, query: string) => {
  const token = searchTokenFor(query);
  return token !== null && customerSearchTokens(customer).includes(token);
};

describe("customer search tokens", () => {
  const aSirketi = { name: "A Şirketi", company: "" };

  it.each(["a şir", "A ŞİR", "a sir", "A", "şirketi", "SIRK", "a sirketi"])(
    "finds A Şirketi by %s",
    (query) => expect(matches(aSirketi, query)).toBe(true),
  );

  it("finds by any word's prefix of the company too", () => {
    const customer = { name: "Işıl Çelik", company: "İstanbul Lojistik A.Ş." };
    expect(matches(customer, "isil")).toBe(true);
    expect(matches(customer, "ÇEL")).toBe(true);
    expect(matches(customer, "istanbul loj")).toBe(true);
    expect(matches(customer, "lojistik")).toBe(true);
  });

  it("does not match the middle of a word or words out of order", () => {
    expect(matches(aSirketi, "irket")).toBe(false);
    expect(matches(aSirketi, "sirketi a")).toBe(false);
    expect(matches({ name: "Deniz Kaya", company: "" }, "kaya deniz")).toBe(false);
  });

  it("ignores empty queries and keeps tokens bounded", () => {
    expect(searchTokenFor("   ")).toBeNull();
    const long = {
      name: "Çok Uzun Bir Müşteri Adı Olan Şirket Örneği",
      company: "Bir Başka Uzun Şirket Adı",
    };
    const tokens = customerSearchTokens(long);
    expect(Math.max(...tokens.map((token) => token.length))).toBeLessThanOrEqual(
      maxSearchTokenLength,
    );
    expect(tokens.length).toBeLessThan(400);
    expect(new Set(tokens).size).toBe(tokens.length);
  });
});

describe("search tokens with emoji and other characters outside the BMP", () => {
  it.each([
    [{ name: "🚀 Roket Ajans 😀", company: "" }, ["roket", "ROKET aj", "Roket Ajans"]],
    [{ name: "Çiçekçi 🌸", company: "👩‍💻 Yazılım 🇹🇷" }, ["çiçek", "cicekci", "yazilim", "YAZILIM"]],
  ])("stores only well-formed tokens for %o and finds it", (customer, queries) => {
    const tokens = customerSearchTokens(customer);
    for (const token of tokens) expect(token.isWellFormed()).toBe(true);
    for (const query of queries) expect(matches(customer, query)).toBe(true);
  });

  it("cuts long names with emoji at a whole character", () => {
    const customer = { name: `${"a".repeat(maxSearchTokenLength - 1)}🚀 uzay`, company: "" };
    for (const token of customerSearchTokens(customer)) {
      expect(token.isWellFormed()).toBe(true);
      expect(token.length).toBeLessThanOrEqual(maxSearchTokenLength);
    }
    expect(searchTokenFor(`${"a".repeat(maxSearchTokenLength - 1)}🚀`)?.isWellFormed()).toBe(true);
  });

  it("finds a name typed with combining marks by its composed spelling and back", () => {
    expect(matches({ name: "S\u0327irket", company: "" }, "Şirket")).toBe(true);
    expect(matches({ name: "Şirket", company: "" }, "S\u0327irket")).toBe(true);
  });
});

describe("the longest names", () => {
  it("never makes more tokens than the rules accept, and still finds by the first words", () => {
    const customer = {
      name: Array.from({ length: 21 }, (_, index) => `Kelime${index}`)
        .join(" ")
        .slice(0, 120),
      company:
        "Çok Uzun Adlı Uluslararası Lojistik Depolama Ve Dağıtım Hizmetleri Sanayi Ticaret Anonim Şirketi",
    };
    const tokens = customerSearchTokens(customer);
    expect(tokens.length).toBeLessThanOrEqual(limits.searchTokens);
    expect(matches(customer, "kelime0 kelime1")).toBe(true);
    expect(matches(customer, "çok uzun")).toBe(true);
  });
});
