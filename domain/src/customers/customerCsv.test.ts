import { describe, expect, it } from "vitest";
import { readCsv } from "../csv/readCsv";
import { writeCsv } from "../csv/writeCsv";
import type { CustomerFields } from "./customerSchema";
import { customersToCsvRows, guessColumnMapping, validateImportRows } from "./customerCsv";

const owners = { byEmail: new Map([["zeynep@demo.test", "u-zeynep"]]), defaultOwnerId: "u-me" };

describe("guessColumnMapping", () => {
  it("recognises Turkish and English headers whatever their case", () => {
    expect(
      guessColumnMapping([
        "AD SOYAD",
        "Şirket",
        "Ünvan",
        "E-POSTA",
        "Telefon",
        "Etiketler",
        "Sorumlu",
      ]),
    ).toEqual({
      name: 0,
      company: 1,
      title: 2,
      email: 3,
      phone: 4,
      tags: 5,
      owner: 6,
    });
    expect(guessColumnMapping(["Email", "Name", "Company", "Job title"])).toEqual({
      email: 0,
      name: 1,
      company: 2,
      title: 3,
    });
  });
});

describe("validateImportRows", () => {
  const mapping = { name: 0, email: 1, phone: 2, tags: 3, owner: 4 };

  it("keeps valid rows and rejects bad ones with every reason and the spreadsheet row number", () => {
    const { valid, rejected } = validateImportRows(
      [
        ["Işık Yapı", "INFO@isikyapi.com", "0532 123 45 67", "vip; inşaat", "zeynep@demo.test"],
        ["", "bozuk-eposta", "12", "", ""],
        ["Çağrı Ltd", "", "", "", "kimse@demo.test"],
        ["Ölçü Mühendislik", "", "", "", ""],
      ].map((values, index) => ({ row: index + 2, values })),
      mapping,
      owners,
    );
    expect(
      valid.map(({ row, fields }) => [
        row,
        fields.name,
        fields.email,
        fields.phone,
        fields.tags,
        fields.ownerId,
      ]),
    ).toEqual([
      [2, "Işık Yapı", "info@isikyapi.com", "+905321234567", ["vip", "inşaat"], "u-zeynep"],
      [5, "Ölçü Mühendislik", "", "", [], "u-me"],
    ]);
    expect(rejected.map(({ row, problems }) => [row, problems])).toEqual([
      [
        3,
        [
          { field: "name", message: "validation.required" },
          { field: "email", message: "validation.emailInvalid" },
          { field: "phone", message: "validation.phoneInvalid" },
        ],
      ],
      [4, [{ field: "owner", message: "validation.ownerUnknown" }]],
    ]);
    expect(rejected[0]?.values).toEqual(["", "bozuk-eposta", "12", "", ""]);
    expect(valid.map((row) => row.filled)).toEqual([
      ["name", "email", "phone", "tags", "owner"],
      ["name"],
    ]);
  });
});

describe("customersToCsvRows", () => {
  it("writes the import's columns so an export imports back unchanged", () => {
    const headers = {
      name: "Ad",
      company: "Şirket",
      title: "Unvan",
      email: "E-posta",
      phone: "Telefon",
      tags: "Etiketler",
      owner: "Sorumlu",
      lastContact: "Son temas",
    };
    const rows = customersToCsvRows(
      [
        {
          name: "A Şirketi",
          company: "A Şirketi A.Ş.",
          title: "Genel Müdür",
          email: "info@asirketi.com.tr",
          phone: "+902125551010",
          tags: ["kurumsal", "web"],
          ownerId: "u-zeynep",
          lastContactAt: new Date("2026-11-20T09:00:00Z"),
        },
      ],
      headers,
      () => "zeynep@demo.test",
    );
    expect(rows).toEqual([
      ["Ad", "Şirket", "Unvan", "E-posta", "Telefon", "Etiketler", "Sorumlu", "Son temas"],
      [
        "A Şirketi",
        "A Şirketi A.Ş.",
        "Genel Müdür",
        "info@asirketi.com.tr",
        "(0212) 555 10 10",
        "kurumsal; web",
        "zeynep@demo.test",
        "2026-11-20",
      ],
    ]);
    const [header, ...data] = rows;
    const back = validateImportRows(
      data.map((values, index) => ({ row: index + 2, values })),
      guessColumnMapping(header ?? []),
      owners,
    );
    expect(back.rejected).toEqual([]);
    expect(back.valid[0]?.fields).toMatchObject({
      name: "A Şirketi",
      phone: "+902125551010",
      tags: ["kurumsal", "web"],
    });
  });
});

describe("a customer export read back by the import", () => {
  const headers = {
    name: "Ad",
    company: "Şirket",
    title: "Unvan",
    email: "E-posta",
    phone: "Telefon",
    tags: "Etiketler",
    owner: "Sorumlu",
    lastContact: "Son temas",
  };
  const customer = (fields: Partial<CustomerFields>): CustomerFields => ({
    name: "",
    company: "",
    title: "",
    email: "",
    phone: "",
    tags: [],
    ownerId: "u-zeynep",
    ...fields,
  });

  it("gives back the same data, formula-looking cells included", () => {
    const customers = [
      customer({
        name: '=HYPERLINK("http://kotu.example","Çiçekçi Şükrü")',
        company: "-indirim",
        title: "+90 555 123 45 67",
        email: "sukru@cicekci.com.tr",
        phone: "+905551234567",
        tags: ["@acme", "-10%"],
      }),
      customer({ name: "@acme", company: "=1+1", phone: "+442079460958", tags: ["+vip"] }),
      customer({ name: "-indirim", title: "'=tırnaklı", ownerId: "u-me" }),
    ];
    const owner = (uid: string) => (uid === "u-zeynep" ? "zeynep@demo.test" : "me@demo.test");
    const exportable = customers.map((fields) => ({ ...fields, lastContactAt: null }));
    const file = writeCsv(customersToCsvRows(exportable, headers, owner), ";");
    expect(file).toContain(`"'=HYPERLINK(""http://kotu.example"",""Çiçekçi Şükrü"")"`);
    expect(file).toContain(`"'+44 20 7946 0958"`);

    const read = readCsv(new TextEncoder().encode(file), "utf-8");
    if (!read.ok) throw new Error(read.problem.reason);
    const back = validateImportRows(read.table.rows, guessColumnMapping(read.table.headers), {
      byEmail: new Map([
        ["zeynep@demo.test", "u-zeynep"],
        ["me@demo.test", "u-me"],
      ]),
      defaultOwnerId: "u-me",
    });
    expect(back.rejected).toEqual([]);
    expect(back.valid.map((row) => row.fields)).toEqual(customers);
  });
});
