import type { CustomerFilters } from "../data/customerPages";

// A search already uses the one array-contains a query may have; the tag then narrows its result.
export const narrowByTag = <T extends { tags: string[] }>(
  customers: T[],
  filters: CustomerFilters,
) =>
  filters.search.trim() && filters.tag
    ? customers.filter((customer) => customer.tags.includes(filters.tag ?? ""))
    : customers;
