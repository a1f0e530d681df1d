import { getDocs } from "firebase/firestore";
import { customersQuery, type CustomerFilters } from "./customerPages";

// Every customer matching the filters (for export), not just the pages on screen.
export const fetchCustomers = async (workspaceId: string, filters: CustomerFilters) => {
  const snapshot = await getDocs(customersQuery(workspaceId, filters));
  return snapshot.docs.map((document) => document.data());
};
