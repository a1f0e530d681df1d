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
