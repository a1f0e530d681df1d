const authHost = process.env.FIREBASE_AUTH_EMULATOR_HOST ?? "127.0.0.1:9099";
const projectId = "demo-pano";

type OobCode = { email: string; requestType: string; oobLink: string };

// Stands in for the user's inbox: the Auth emulator lists the e-mail links it would have sent.
const lastEmailLink = async (email: string, requestType: "VERIFY_EMAIL" | "PASSWORD_RESET") => {
  const response = await fetch(`http://${authHost}/emulator/v1/projects/${projectId}/oobCodes`);
  const { oobCodes } = (await response.json()) as { oobCodes: OobCode[] };
  const code = oobCodes.findLast(
    (candidate) => candidate.email === email && candidate.requestType === requestType,
  );
  if (!code) throw new Error(`no ${requestType} e-mail was sent to ${email}`);
  return code.oobLink;
};

export const verifyEmailLink = (email: string) => lastEmailLink(email, "VERIFY_EMAIL");

// Following the reset e-mail's link and choosing a new password on the emulator's page.
export const resetPasswordTo = async (email: string, newPassword: string) => {
  const link = await lastEmailLink(email, "PASSWORD_RESET");
  const response = await fetch(`${link}&newPassword=${encodeURIComponent(newPassword)}`);
  if (!response.ok) throw new Error(`password reset link failed: HTTP ${response.status}`);
};

// Clicking the link in the e-mail: the emulator marks the address verified.
export const clickVerificationLink = async (email: string) => {
  const response = await fetch(await verifyEmailLink(email));
  if (!response.ok) throw new Error(`verification link failed: HTTP ${response.status}`);
};
