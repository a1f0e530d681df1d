import type { DocumentUpdate, DocumentWrite, WriteTime } from "../documents/documentWrite";
import { customerDerivedFields } from "./customerDerivedFields";
import type { Customer, CustomerFields } from "./customerSchema";

// lastContactAt and openFollowUpAt start empty: a function keeps them from the customer's
// interactions.
export const newCustomer = (
  fields: CustomerFields,
  createdBy: string,
  now: WriteTime,
): DocumentWrite<Customer> => ({
  ...fields,
  ...customerDerivedFields(fields),
  lastContactAt: null,
  openFollowUpAt: null,
  createdBy,
  createdAt: now,
  updatedBy: createdBy,
  updatedAt: now,
});

// What the derived fields are computed from.
type DerivedInputs = Pick<CustomerFields, "name" | "company">;

// An edit writes only the fields the person changed. The derived fields are rebuilt when one of
// their inputs changed, from the document as the writer last saw it with the changes on top: a
// stale copy of the other input would put old words back into search.
export const customerEdit = (
  changes: Partial<CustomerFields>,
  current: DerivedInputs,
  updatedBy: string,
  now: WriteTime,
): DocumentUpdate<Customer> => ({
  ...changes,
  ...(changes.name === undefined && changes.company === undefined
    ? {}
    : customerDerivedFields({ ...current, ...changes })),
  updatedBy,
  updatedAt: now,
});
