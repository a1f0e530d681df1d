import { getCountFromServer, query, where } from "firebase/firestore";
import { contactGapCutoff } from "@pano/domain";
import { customersRef } from "@/lookups/data/customerRefs";

export type ContactGap = { quiet: number; never: number };

// Customers with no interaction for 30+ days, and those never contacted: two count aggregations
// over the customers' lastContactAt, which read no customer documents.
export const countContactGap = async (workspaceId: string, now: Date): Promise<ContactGap> => {
  const customers = customersRef(workspaceId);
  const [quiet, never] = await Promise.all([
    getCountFromServer(query(customers, where("lastContactAt", "<", contactGapCutoff(now)))),
    getCountFromServer(query(customers, where("lastContactAt", "==", null))),
  ]);
  return { quiet: quiet.data().count, never: never.data().count };
};
