import { getCountFromServer, query, where } from "firebase/firestore";
import { contactGapCutoff, followUpOverdueCutoff } from "@pano/domain";
import { customersRef } from "@/lookups/data/customerRefs";

export type ContactGap = { quiet: number; never: number; overdueFollowUps: number };

// Customers with no interaction for 30+ days, those never contacted, and those whose earliest
// open follow-up's day has passed: three count aggregations over fields the interactions function keeps
// on the customer (lastContactAt, openFollowUpAt), which read no customer or interaction documents.
export const countContactGap = async (workspaceId: string, now: Date): Promise<ContactGap> => {
  const customers = customersRef(workspaceId);
  const [quiet, never, overdueFollowUps] = await Promise.all([
    getCountFromServer(query(customers, where("lastContactAt", "<", contactGapCutoff(now)))),
    getCountFromServer(query(customers, where("lastContactAt", "==", null))),
    getCountFromServer(query(customers, where("openFollowUpAt", "<", followUpOverdueCutoff(now)))),
  ]);
  return {
    quiet: quiet.data().count,
    never: never.data().count,
    overdueFollowUps: overdueFollowUps.data().count,
  };
};
