import type { User } from "firebase/auth";
import { getDoc, serverTimestamp, setDoc, updateDoc } from "firebase/firestore";
import { paths, userProfileSchema, type Locale, type UserProfile } from "@pano/domain";
import { subscribeDoc, type Listener, type Row } from "@/lib/firebase/subscribe";
import { rawDoc, typedDoc } from "@/lib/firebase/typedRefs";

const profileRef = (uid: string) => typedDoc(paths.user(uid), userProfileSchema);

const fallbackName = (user: User) => user.displayName || (user.email ?? "").split("@")[0] || "?";

// Creates the profile on first sign-in (sign-up, Google, or a profile lost to a failed write).
export const ensureUserProfile = async (user: User, locale: Locale) => {
  const existing = await getDoc(rawDoc(paths.user(user.uid)));
  if (existing.exists()) return;
  await setDoc(rawDoc(paths.user(user.uid)), {
    displayName: fallbackName(user).slice(0, 80),
    email: (user.email ?? "").toLowerCase(),
    locale,
    createdAt: serverTimestamp(),
  });
};

export const watchUserProfile = (uid: string, listener: Listener<Row<UserProfile> | null>) =>
  subscribeDoc(profileRef(uid), listener);

export const saveUserLocale = (uid: string, locale: Locale) =>
  updateDoc(rawDoc(paths.user(uid)), { locale });
