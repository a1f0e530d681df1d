import type { Transaction } from "firebase-admin/firestore";
import { memberSchema, userProfileSchema } from "@pano/domain";
import { memberRef, userProfileRef } from "../lib/refs";

const memberName = memberSchema.pick({ displayName: true });
const profileName = userProfileSchema.pick({ displayName: true });

// The name the team knows the actor by; their profile's name once they have left the workspace.
export const actorName = async (transaction: Transaction, workspaceId: string, uid: string) => {
  const [member, profile] = await Promise.all([
    transaction.get(memberRef(workspaceId, uid).withConverter(null)),
    transaction.get(userProfileRef(uid).withConverter(null)),
  ]);
  return (
    memberName.safeParse(member.data()).data?.displayName ??
    profileName.safeParse(profile.data()).data?.displayName ??
    ""
  );
};
