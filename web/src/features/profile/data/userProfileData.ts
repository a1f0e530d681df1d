import {
  newUserProfile,
  paths,
  userProfileSchema,
  type Locale,
  type UserProfile,
} from "@pano/domain";
import { subscribeDoc, type Listener, type Row } from "@/lib/firebase/subscribe";
import { typedDoc } from "@/lib/firebase/typedRefs";
import { createDocumentIfMissing, serverTime, updateDocument } from "@/lib/firebase/writes";

type NewProfile = { displayName: string; email: string; locale: Locale };

const userProfile = (uid: string) => typedDoc(paths.user(uid), userProfileSchema);

// Creates the profile on first sign-in, whichever way the account was made; an existing profile
// is left as it is, whatever it holds. In a transaction: a queued create that a reload right
// after sign-up sent again was refused over the profile it had made, with an error shown.
export const ensureUserProfile = (uid: string, profile: NewProfile) =>
  createDocumentIfMissing(userProfile(uid), newUserProfile(profile, serverTime()));

export const watchUserProfile = (uid: string, listener: Listener<Row<UserProfile> | null>) =>
  subscribeDoc(userProfile(uid), listener);

export const saveUserLocale = (uid: string, locale: Locale) =>
  updateDocument(userProfile(uid), { locale });
