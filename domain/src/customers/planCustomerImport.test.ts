import { describe, expect, it } from "vitest";
import type { CustomerFields } from "../schemas/customer";
import type { ImportField, ValidRow } from "./customerCsv";
import { matchingRows, mergeImportedRow, planCustomerImport } from "./planCustomerImport";

const fields = (values: Partial<CustomerFields>): CustomerFields => ({
  name: "",
  company: "",
  title: "",
  email: "",
  phone: "",
  tags: [],
  ownerId: "u-me",
  ...values,
});
const row = (number: number, values: Partial<CustomerFields>, filled: ImportField[]): ValidRow => ({
  row: number,
  fields: fields(values),
  filled,
});

const sukru = fields({
  name: "Şükrü Çiçekçi",
  company: "Çiçekçi Ltd.",
  email: "sukru@cicekci.com.tr",
  phone: "+905551234567",
  tags: ["vip"],
  ownerId: "u-zeynep",
});
const existing = new Map([["sukru@cicekci.com.tr", { id: "c-sukru", fields: sukru }]]);

const rows = [
  row(2, { name: "Ayşe Kaya", email: "ayse@kaya.com" }, ["name", "email"]),
  row(3, { name: "Şükrü Ç.", email: "sukru@cicekci.com.tr", title: "Sahibi" }, [
    "name",
    "email",
    "title",
  ]),
  row(4, { name: "Adsız Ltd." }, ["name"]),
  row(5, { name: "Şükrü Çiçekçi", email: "sukru@cicekci.com.tr", tags: ["toptan"] }, [
    "name",
    "email",
    "tags",
  ]),
];

describe("matchingRows", () => {
  it("counts the rows whose e-mail belongs to an existing customer", () => {
    expect(matchingRows(rows, existing).map((match) => match.row)).toEqual([3, 5]);
  });
});

describe("mergeImportedRow", () => {
  it("writes the row's filled cells and keeps the customer's value where a cell is blank", () => {
    const merged = mergeImportedRow(
      sukru,
      row(2, { name: "Şükrü Bey", email: sukru.email, ownerId: "u-ali" }, [
        "name",
        "email",
        "owner",
      ]),
    );
    expect(merged).toEqual({ ...sukru, name: "Şükrü Bey", ownerId: "u-ali" });
  });
});

describe("planCustomerImport", () => {
  it("skips matching rows", () => {
    expect(planCustomerImport(rows, existing, "skip")).toEqual({
      create: [rows[0]?.fields, rows[2]?.fields],
      update: [],
      skipped: 2,
    });
  });

  it("updates each matching customer once, rows applied in file order", () => {
    expect(planCustomerImport(rows, existing, "update")).toEqual({
      create: [rows[0]?.fields, rows[2]?.fields],
      update: [{ id: "c-sukru", fields: { ...sukru, title: "Sahibi", tags: ["toptan"] } }],
      skipped: 0,
    });
  });

  it("imports matching rows as new customers when asked to", () => {
    expect(planCustomerImport(rows, existing, "create")).toEqual({
      create: rows.map((valid) => valid.fields),
      update: [],
      skipped: 0,
    });
  });
});
