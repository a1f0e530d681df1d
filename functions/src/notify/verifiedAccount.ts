import { getAuth } from "firebase-admin/auth";
import { adminApp } from "../lib/admin";

// The account that holds this address, once it has proved it owns the inbox: the invitations
// screen shows an invite only to a verified address, and so does its notification (anyone could
// sign up with someone else's address).
export const verifiedAccount = async (email: string) => {
  try {
    const user = await getAuth(adminApp).getUserByEmail(email);
    return user.emailVerified ? user.uid : null;
  } catch (error) {
    if ((error as { code?: unknown }).code === "auth/user-not-found") return null;
    throw error;
  }
};
