import { useSubscription } from "@/lib/useSubscription";
import { findCustomerIdsByEmail } from "../data/customersData";

// True when another customer of the workspace already uses this (valid) address.
export const useDuplicateEmail = (workspaceId: string, email: string, selfId: string | null) => {
  const valid = /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email);
  const result = useSubscription<string[]>(
    valid ? `customer-email/${workspaceId}/${email}` : null,
    (listener) => findCustomerIdsByEmail(workspaceId, email, listener),
  );
  return result.status === "ready" && result.data.some((id) => id !== selfId);
};
