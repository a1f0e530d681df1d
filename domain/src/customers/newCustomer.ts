import type { DocumentUpdate, DocumentWrite, WriteTime } from "../documents/documentWrite";
import { customerDerivedFields } from "./customerDerivedFields";
import type { Customer, CustomerFields } from "./customerSchema";

// lastContactAt starts empty: a function keeps it from the customer's interactions.
export const newCustomer = (
  fields: CustomerFields,
  createdBy: string,
  now: WriteTime,
): DocumentWrite<Customer> => ({
  ...fields,
  ...customerDerivedFields(fields),
  lastContactAt: null,
  createdBy,
  createdAt: now,
  updatedBy: createdBy,
  updatedAt: now,
});

// An edit rewrites every typed field, so the derived ones are rebuilt with them.
export const customerEdit = (
  fields: CustomerFields,
  updatedBy: string,
  now: WriteTime,
): DocumentUpdate<Customer> => ({
  ...fields,
  ...customerDerivedFields(fields),
  updatedBy,
  updatedAt: now,
});
