import { getDoc } from "firebase/firestore";
import {
  newUserProfile,
  paths,
  userProfileSchema,
  type Locale,
  type UserProfile,
} from "@pano/domain";
import { subscribeDoc, type Listener, type Row } from "@/lib/firebase/subscribe";
import { typedDoc } from "@/lib/firebase/typedRefs";
import { serverTime, setDocument, updateDocument } from "@/lib/firebase/writes";

type NewProfile = { displayName: string; email: string; locale: Locale };

const userProfile = (uid: string) => typedDoc(paths.user(uid), userProfileSchema);

// Creates the profile on first sign-in, whichever way the account was made.
export const ensureUserProfile = async (uid: string, profile: NewProfile) => {
  // Read without parsing: an existing profile is left as it is, whatever it holds.
  const existing = await getDoc(userProfile(uid).withConverter(null));
  if (existing.exists()) return;
  await setDocument(userProfile(uid), newUserProfile(profile, serverTime()));
};

export const watchUserProfile = (uid: string, listener: Listener<Row<UserProfile> | null>) =>
  subscribeDoc(userProfile(uid), listener);

export const saveUserLocale = (uid: string, locale: Locale) =>
  updateDocument(userProfile(uid), { locale });
