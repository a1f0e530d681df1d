const byCode: Record<string, string> = {
  "auth/invalid-credential": "errors.wrongCredentials",
  "auth/wrong-password": "errors.wrongCredentials",
  "auth/user-not-found": "errors.wrongCredentials",
  "auth/invalid-login-credentials": "errors.wrongCredentials",
  "auth/email-already-in-use": "errors.emailInUse",
  "auth/weak-password": "errors.weakPassword",
  "auth/invalid-email": "errors.invalidEmail",
  "auth/missing-email": "errors.invalidEmail",
  "auth/too-many-requests": "errors.tooManyRequests",
  "auth/network-request-failed": "errors.network",
  "auth/popup-closed-by-user": "errors.popupClosed",
  "auth/cancelled-popup-request": "errors.popupClosed",
  "auth/user-disabled": "errors.userDisabled",
  "permission-denied": "errors.permissionDenied",
  "firestore/permission-denied": "errors.permissionDenied",
  unavailable: "errors.network",
  "firestore/unavailable": "errors.network",
  "functions/unavailable": "errors.network",
  "functions/permission-denied": "errors.permissionDenied",
  "functions/unauthenticated": "errors.signInRequired",
};

const hasCode = (error: unknown): error is { code: string; message?: unknown } =>
  typeof error === "object" &&
  error !== null &&
  typeof (error as { code?: unknown }).code === "string";

// Callable functions answer with an i18n key as their message (e.g. "errors.inviteNotFound"),
// to which the SDK may append the HTTP status.
const functionsMessageKey = (error: { code: string; message?: unknown }) =>
  error.code.startsWith("functions/") && typeof error.message === "string"
    ? /^errors\.[A-Za-z]+(?=$|\s)/.exec(error.message)?.[0]
    : undefined;

// Maps any Firebase error to a translation key that tells the user what to do next.
export const errorMessageKey = (error: unknown): string => {
  if (!hasCode(error)) return "errors.generic";
  return functionsMessageKey(error) ?? byCode[error.code] ?? "errors.generic";
};
