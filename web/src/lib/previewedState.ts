import type { SubscriptionState } from "./useSubscription";

// A list shown from a quick preview (its first part) until its full query answers.
// `complete` says whether the data is the whole list: counts, "nothing matches" and anything
// placed against the whole list wait for it.
export type PreviewedState<T> = SubscriptionState<T> & { complete: boolean };

const loading = { status: "loading", complete: false } as const;

// The full query's answer (or its error) once it has one; the preview's until then. A preview
// that failed (an index not yet built, say) leaves the list loading, for the full query decides.
export const previewedState = <T>(
  preview: SubscriptionState<T>,
  full: SubscriptionState<T>,
): PreviewedState<T> => {
  if (full.status !== "loading") return { ...full, complete: true };
  if (preview.status === "ready") return { ...preview, complete: false };
  return loading;
};
