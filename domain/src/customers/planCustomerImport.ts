import type { CustomerFields } from "../schemas/customer";
import type { ImportField, ValidRow } from "./customerCsv";

// What to do with a row whose e-mail already belongs to a customer of the workspace.
export const duplicateChoices = ["skip", "update", "create"] as const;
export type DuplicateChoice = (typeof duplicateChoices)[number];

export type ExistingCustomer = { id: string; fields: CustomerFields };
export type CustomerUpdate = { id: string; fields: CustomerFields };
export type ImportPlan = { create: CustomerFields[]; update: CustomerUpdate[]; skipped: number };

const fieldKeys: Record<ImportField, keyof CustomerFields> = {
  name: "name",
  company: "company",
  title: "title",
  email: "email",
  phone: "phone",
  tags: "tags",
  owner: "ownerId",
};

// Blank cells keep the customer's value: a file that lacks a phone does not erase the phone.
export const mergeImportedRow = (customer: CustomerFields, row: ValidRow): CustomerFields =>
  row.filled.reduce<CustomerFields>(
    (merged, field) => ({ ...merged, [fieldKeys[field]]: row.fields[fieldKeys[field]] }),
    customer,
  );

export const matchingRows = (valid: ValidRow[], existing: Map<string, ExistingCustomer>) =>
  valid.filter((row) => row.fields.email !== "" && existing.has(row.fields.email));

// existing: the workspace's customers by e-mail. Several rows for one customer update it once,
// each row merged over the previous ones in file order.
export const planCustomerImport = (
  valid: ValidRow[],
  existing: Map<string, ExistingCustomer>,
  choice: DuplicateChoice,
): ImportPlan => {
  const create: CustomerFields[] = [];
  const updates = new Map<string, CustomerFields>();
  let skipped = 0;
  for (const row of valid) {
    const customer = row.fields.email ? existing.get(row.fields.email) : undefined;
    if (!customer || choice === "create") create.push(row.fields);
    else if (choice === "skip") skipped += 1;
    else
      updates.set(customer.id, mergeImportedRow(updates.get(customer.id) ?? customer.fields, row));
  }
  return { create, update: [...updates].map(([id, fields]) => ({ id, fields })), skipped };
};
