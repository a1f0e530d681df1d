import { HttpsError, type CallableRequest } from "firebase-functions/v2/https";

// Only a verified address proves the caller owns the inbox an invite was sent to.
export const requireVerifiedEmail = (request: CallableRequest<unknown>) => {
  const auth = request.auth;
  if (!auth) throw new HttpsError("unauthenticated", "errors.signInRequired");
  const email = auth.token.email?.toLowerCase();
  if (!email || auth.token.email_verified !== true)
    throw new HttpsError("failed-precondition", "errors.emailNotVerified");
  return { uid: auth.uid, email, name: typeof auth.token.name === "string" ? auth.token.name : "" };
};
