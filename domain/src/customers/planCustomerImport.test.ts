import { describe, expect, it } from "vitest";
import type { CustomerFields } from "./customerSchema";
import type { ImportField, ValidRow } from "./customerCsv";
import {
  isAmbiguous,
  matchingRows,
  mergeImportedRow,
  planCustomerImport,
} from "./planCustomerImport";

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
const aSirketi = fields({ name: "A Şirketi", email: "info@ortak.com.tr" });
const roket = fields({ name: "🚀 Roket Ajans", email: "info@ortak.com.tr", title: "Ajans" });
const existing = new Map([
  ["sukru@cicekci.com.tr", [{ id: "c-sukru", fields: sukru }]],
  [
    "info@ortak.com.tr",
    [
      { id: "c-a", fields: aSirketi },
      { id: "c-roket", fields: roket },
    ],
  ],
]);

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
  row(6, { name: "Çağrı Ünal", email: "info@ortak.com.tr" }, ["name", "email"]),
];

describe("matchingRows", () => {
  it("names the existing customers each matching row belongs to", () => {
    expect(
      matchingRows(rows, existing).map((match) => ({
        row: match.row.row,
        customers: match.customers.map((customer) => customer.fields.name),
        ambiguous: isAmbiguous(match),
      })),
    ).toEqual([
      { row: 3, customers: ["Şükrü Çiçekçi"], ambiguous: false },
      { row: 5, customers: ["Şükrü Çiçekçi"], ambiguous: false },
      { row: 6, customers: ["A Şirketi", "🚀 Roket Ajans"], ambiguous: true },
    ]);
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
      skipped: 3,
      ambiguous: 0,
    });
  });

  it("updates each matching customer once, rows applied in file order", () => {
    expect(planCustomerImport(rows.slice(0, 4), existing, "update")).toEqual({
      create: [rows[0]?.fields, rows[2]?.fields],
      update: [{ id: "c-sukru", fields: { ...sukru, title: "Sahibi", tags: ["toptan"] } }],
      skipped: 0,
      ambiguous: 0,
    });
  });

  it("skips a row whose address belongs to several customers instead of updating one of them", () => {
    expect(planCustomerImport(rows, existing, "update")).toEqual({
      create: [rows[0]?.fields, rows[2]?.fields],
      update: [{ id: "c-sukru", fields: { ...sukru, title: "Sahibi", tags: ["toptan"] } }],
      skipped: 1,
      ambiguous: 1,
    });
  });

  it("imports matching rows as new customers when asked to", () => {
    expect(planCustomerImport(rows, existing, "create")).toEqual({
      create: rows.map((valid) => valid.fields),
      update: [],
      skipped: 0,
      ambiguous: 0,
    });
  });
});
