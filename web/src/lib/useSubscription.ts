import { useEffect, useState } from "react";
import type { Listener, Unsubscribe } from "./firebase/subscribe";

export type SubscriptionState<T> =
  { status: "loading" } | { status: "ready"; data: T } | { status: "error"; error: Error };

// Subscribes while mounted and whenever key changes; a null key means "nothing to listen to".
export const useSubscription = <T>(
  key: string | null,
  subscribe: (listener: Listener<T>) => Unsubscribe,
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

  return state.key === key ? state.value : { status: "loading" };
};
