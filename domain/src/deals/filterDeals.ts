import { foldTurkish } from "../text/foldTurkish";

export type DealFilters = { ownerId: string | null; customerId: string | null; text: string };
export const noDealFilters: DealFilters = { ownerId: null, customerId: null, text: "" };

type FilterableDeal = { title: string; ownerId: string; customerId: string };

// Text matches the deal's title or its customer's name, case- and accent-insensitively (Turkish).
export const filterDeals = <Deal extends FilterableDeal>(
  deals: Deal[],
  filters: DealFilters,
  customerName: (customerId: string) => string,
): Deal[] => {
  const text = foldTurkish(filters.text);
  return deals.filter(
    (deal) =>
      (!filters.ownerId || deal.ownerId === filters.ownerId) &&
      (!filters.customerId || deal.customerId === filters.customerId) &&
      (!text ||
        foldTurkish(deal.title).includes(text) ||
        foldTurkish(customerName(deal.customerId)).includes(text)),
  );
};

export const hasDealFilters = (filters: DealFilters) =>
  Boolean(filters.ownerId || filters.customerId || filters.text.trim());
