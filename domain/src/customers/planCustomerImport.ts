import type { CustomerFields } from "./customerSchema";
import type { ImportField, ValidRow } from "./customerCsv";

// What to do with a row whose e-mail already belongs to a customer of the workspace.
export const duplicateChoices = ["skip", "update", "create"] as const;
export type DuplicateChoice = (typeof duplicateChoices)[number];

export type ExistingCustomer = { id: string; fields: CustomerFields };
export type CustomerUpdate = { id: string; fields: CustomerFields };
// skipped counts every row left out; ambiguous, the part of them left out only because their
// address belongs to several customers and "update" could not tell which one was meant.
export type ImportPlan = {
  create: CustomerFields[];
  update: CustomerUpdate[];
  skipped: number;
  ambiguous: number;
};
// customers: every existing customer using the row's address, never empty; more than one makes
// the row ambiguous.
export type RowMatch = { row: ValidRow; customers: ExistingCustomer[] };

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

const customersOf = (row: ValidRow, existing: Map<string, ExistingCustomer[]>) =>
  row.fields.email === "" ? [] : (existing.get(row.fields.email) ?? []);

// existing: the workspace's customers by e-mail, every customer sharing an address listed.
export const matchingRows = (
  valid: ValidRow[],
  existing: Map<string, ExistingCustomer[]>,
): RowMatch[] =>
  valid.flatMap((row) => {
    const customers = customersOf(row, existing);
    return customers.length > 0 ? [{ row, customers }] : [];
  });

export const isAmbiguous = (match: RowMatch) => match.customers.length > 1;

// Several rows for one customer update it once, each row merged over the previous ones in file
// order. A row matching several customers is never written over any of them: picking one would
// silently change a customer the user never saw named.
export const planCustomerImport = (
  valid: ValidRow[],
  existing: Map<string, ExistingCustomer[]>,
  choice: DuplicateChoice,
): ImportPlan => {
  const create: CustomerFields[] = [];
  const updates = new Map<string, CustomerFields>();
  let skipped = 0;
  let ambiguous = 0;
  for (const row of valid) {
    const customers = customersOf(row, existing);
    const [customer] = customers;
    if (!customer || choice === "create") create.push(row.fields);
    else if (choice === "skip") skipped += 1;
    else if (customers.length > 1) {
      skipped += 1;
      ambiguous += 1;
    } else
      updates.set(customer.id, mergeImportedRow(updates.get(customer.id) ?? customer.fields, row));
  }
  return {
    create,
    update: [...updates].map(([id, fields]) => ({ id, fields })),
    skipped,
    ambiguous,
  };
};
