import { describe, expect, it } from "vitest";
import { customerSearchTokens } from "./searchTokens";
import { customerEdit } from "./newCustomer";

const now = new Date("2025-03-01T09:00:00Z");
const current = { name: "Ayşe Yılmaz", company: "Yıldız Tekstil" };

describe("customerEdit", () => {
  it("writes only the changed fields when no search input changed", () => {
    expect(customerEdit({ phone: "+905331112233" }, current, "u2", now)).toEqual({
      phone: "+905331112233",
      updatedBy: "u2",
      updatedAt: now,
    });
  });

  it("rebuilds search from the current company and the new name", () => {
    const write = customerEdit({ name: "Ayşe Kaya" }, current, "u2", now);
    expect(Object.keys(write).sort()).toEqual([
      "name",
      "nameSort",
      "searchTokens",
      "updatedAt",
      "updatedBy",
    ]);
    expect(write.searchTokens).toEqual(
      customerSearchTokens({ name: "Ayşe Kaya", company: "Yıldız Tekstil" }),
    );
    expect(write.searchTokens).toContain("yildiz");
    expect(write.searchTokens).not.toContain("yilmaz");
  });

  it("rebuilds search from the current name and the new company", () => {
    const write = customerEdit({ company: "Deniz Lojistik" }, current, "u2", now);
    expect(write.searchTokens).toContain("ayse yilmaz");
    expect(write.searchTokens).toContain("deniz");
    expect(write.searchTokens).not.toContain("yildiz");
    expect(write.name).toBeUndefined();
  });
});
