import { useEffect, useState } from "react";
import type { Listener, Unsubscribe } from "./firebase/subscribe";

export type SubscriptionState<T> =
  | { status: "loading" }
  // `stale`: the answer for the previous key, kept while the new key's first answer comes.
  | { status: "ready"; data: T; stale?: boolean }
  | { status: "error"; error: Error };

// Subscribes while mounted and whenever key changes; a null key means "nothing to listen to".
// `keepPrevious` keeps showing the last answer, marked stale, while a new key loads: for lookups
// whose key grows with what a screen shows, so a new row does not blank every other.
export const useSubscription = <T>(
  key: string | null,
  subscribe: (listener: Listener<T>) => Unsubscribe,
  { keepPrevious = false }: { keepPrevious?: boolean } = {},
): SubscriptionState<T> => {
  const [state, setState] = useState<{ key: string | null; value: SubscriptionState<T> }>({
    key,
    value: { status: "loading" },
  });

  useEffect(() => {
    if (key === null) return;
    return subscribe({
      // The same data again (a snapshot that changed nothing) renders nothing again.
      next: (data) =>
        setState((previous) =>
          previous.key === key && previous.value.status === "ready" && previous.value.data === data
            ? previous
            : { key, value: { status: "ready", data } },
        ),
      error: (error) => setState({ key, value: { status: "error", error } }),
    });
    // The key identifies the subscription; callers pass a fresh closure every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  return stateForKey(state, key, keepPrevious);
};

// What a subscription shows for `key`, given the last answer it stored and that answer's key.
export const stateForKey = <T>(
  stored: { key: string | null; value: SubscriptionState<T> },
  key: string | null,
  keepPrevious: boolean,
): SubscriptionState<T> => {
  if (stored.key === key) return stored.value;
  if (keepPrevious && stored.value.status === "ready") return { ...stored.value, stale: true };
  return { status: "loading" };
};
