import { useSubscription } from "@/lib/useSubscription";
import { useVerifiedEmail } from "@/session/useAuth";
import { watchMyInvites, type ReceivedInvite } from "../data/invitesData";

// Rules show invites only to a verified address; a new token (e.g. just verified) resubscribes.
export const useMyInvites = () => {
  const verified = useVerifiedEmail();
  const key = verified ? `my-invites/${verified.email}/${verified.tokenIssuedAt}` : null;
  return useSubscription<ReceivedInvite[]>(key, (listener) =>
    watchMyInvites(verified?.email ?? "", listener),
  );
};
