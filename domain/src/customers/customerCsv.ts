import type { CsvRow } from "../csv/readCsv";
import { customerInputSchema, type CustomerFields } from "./customerSchema";
import { foldTurkish } from "../text/foldTurkish";
import { formatPhone } from "./phone";

export const importFields = [
  "name",
  "company",
  "title",
  "email",
  "phone",
  "tags",
  "owner",
] as const;
export type ImportField = (typeof importFields)[number];
export type ColumnMapping = Partial<Record<ImportField, number>>;

// Header spellings recognised when a file is picked, Turkish and English, compared folded.
const headerAliases: Record<ImportField, string[]> = {
  name: [
    "ad",
    "adi",
    "ad soyad",
    "isim",
    "musteri",
    "musteri adi",
    "name",
    "full name",
    "customer",
  ],
  company: ["sirket", "firma", "kurum", "company", "organization"],
  title: ["unvan", "gorev", "pozisyon", "title", "job title", "role"],
  email: ["e-posta", "eposta", "e posta", "email", "e-mail", "mail"],
  phone: ["telefon", "tel", "gsm", "cep", "phone", "mobile"],
  tags: ["etiket", "etiketler", "tag", "tags"],
  owner: ["sorumlu", "sorumlu e-posta", "owner", "owner e-mail"],
};

export const guessColumnMapping = (headers: string[]): ColumnMapping => {
  const folded = headers.map((header) => foldTurkish(header));
  const mapping: ColumnMapping = {};
  for (const field of importFields) {
    const index = folded.findIndex((header) => headerAliases[field].includes(header));
    if (index >= 0) mapping[field] = index;
  }
  return mapping;
};

export type RowProblem = { field: ImportField; message: string };
// filled: the fields whose cells were not blank, which an update of an existing customer writes.
export type ValidRow = { row: number; fields: CustomerFields; filled: ImportField[] };
export type RejectedRow = { row: number; values: string[]; problems: RowProblem[] };

type Owners = { byEmail: Map<string, string>; defaultOwnerId: string };

const splitTags = (value: string) =>
  value
    .split(/[;,|]/)
    .map((tag) => tag.trim())
    .filter(Boolean);

const isImportField = (value: PropertyKey): value is ImportField =>
  (importFields as readonly PropertyKey[]).includes(value);

// Validates every data row with the same schema as the form; nothing is dropped without a reason.
export const validateImportRows = (rows: CsvRow[], mapping: ColumnMapping, owners: Owners) => {
  const valid: ValidRow[] = [];
  const rejected: RejectedRow[] = [];
  rows.forEach(({ row, values }) => {
    const cell = (field: ImportField) => {
      const column = mapping[field];
      return column === undefined ? "" : (values[column] ?? "").trim();
    };
    const ownerEmail = cell("owner").toLowerCase();
    const ownerId = ownerEmail ? owners.byEmail.get(ownerEmail) : owners.defaultOwnerId;
    const problems: RowProblem[] = ownerId
      ? []
      : [{ field: "owner", message: "validation.ownerUnknown" }];
    const parsed = customerInputSchema.safeParse({
      name: cell("name"),
      company: cell("company"),
      title: cell("title"),
      email: cell("email"),
      phone: cell("phone"),
      tags: splitTags(cell("tags")),
      ownerId: ownerId ?? "",
    });
    if (!parsed.success)
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] ?? "name";
        if (field !== "ownerId")
          problems.push({ field: isImportField(field) ? field : "tags", message: issue.message });
      }
    const filled = importFields.filter((field) => cell(field) !== "");
    if (parsed.success && problems.length === 0) valid.push({ row, fields: parsed.data, filled });
    else rejected.push({ row, values, problems });
  });
  return { valid, rejected };
};

export type ExportableCustomer = CustomerFields & { lastContactAt: Date | null };

// Export uses the import's columns, so an exported file imports back unchanged.
export const customersToCsvRows = (
  customers: ExportableCustomer[],
  headers: Record<ImportField | "lastContact", string>,
  ownerEmail: (uid: string) => string,
): string[][] => [
  [...importFields.map((field) => headers[field]), headers.lastContact],
  ...customers.map((customer) => [
    customer.name,
    customer.company,
    customer.title,
    customer.email,
    customer.phone ? formatPhone(customer.phone) : "",
    customer.tags.join("; "),
    ownerEmail(customer.ownerId),
    customer.lastContactAt ? customer.lastContactAt.toISOString().slice(0, 10) : "",
  ]),
];
