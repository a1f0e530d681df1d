import type { CustomerFields } from "./customerSchema";
import { turkishSortKey } from "../text/turkishSortKey";
import { customerSearchTokens } from "./searchTokens";

// The derived fields every customer write carries, computed from the validated fields.
export const customerDerivedFields = (fields: Pick<CustomerFields, "name" | "company">) => ({
  searchTokens: customerSearchTokens(fields),
  nameSort: turkishSortKey(fields.name),
});
