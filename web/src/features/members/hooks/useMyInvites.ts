import { useSignedInUser } from "@/features/auth";
import { useSubscription } from "@/lib/useSubscription";
import { watchMyInvites, type ReceivedInvite } from "../data/invitesData";

// Invites are readable only with a verified address, so unverified users are not subscribed.
export const useMyInvites = () => {
  const user = useSignedInUser();
  const email = user.emailVerified ? (user.email ?? "").toLowerCase() : null;
  return useSubscription<ReceivedInvite[]>(email ? `my-invites/${email}` : null, (listener) =>
    watchMyInvites(email ?? "", listener),
  );
};
