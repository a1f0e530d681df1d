import { describe, expect, it } from "vitest";
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
