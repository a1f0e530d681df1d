import { getDoc, serverTimestamp } from "firebase/firestore";
import { paths, userProfileSchema, type Locale, type UserProfile } from "@pano/domain";
import { subscribeDoc, type Listener, type Row } from "@/lib/firebase/subscribe";
import { rawDoc, typedDoc } from "@/lib/firebase/typedRefs";
import { setDocument, updateDocument } from "@/lib/firebase/writes";

type NewProfile = { displayName: string; email: string; locale: Locale };

// Creates the profile on first sign-in, whichever way the account was made.
export const ensureUserProfile = async (uid: string, profile: NewProfile) => {
  const existing = await getDoc(rawDoc(paths.user(uid)));
  if (existing.exists()) return;
  await setDocument(rawDoc(paths.user(uid)), { ...profile, createdAt: serverTimestamp() });
};

export const watchUserProfile = (uid: string, listener: Listener<Row<UserProfile> | null>) =>
  subscribeDoc(typedDoc(paths.user(uid), userProfileSchema), listener);

export const saveUserLocale = (uid: string, locale: Locale) =>
  updateDocument(rawDoc(paths.user(uid)), { locale });
