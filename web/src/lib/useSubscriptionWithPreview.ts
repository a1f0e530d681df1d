import { useEffect, useMemo, useState } from "react";
import type { Listener, Unsubscribe } from "./firebase/subscribe";
import { previewedState, type PreviewedState } from "./previewedState";
import type { SubscriptionState } from "./useSubscription";

type Subscribe<T> = (listener: Listener<T>) => Unsubscribe;
// The preview's subscription also says when the server has answered it.
type SubscribePreview<T> = (listener: Listener<T>, onServerAnswer: () => void) => Unsubscribe;
type Kept<T> = { key: string | null; preview: SubscriptionState<T>; full: SubscriptionState<T> };

const loading = { status: "loading" } as const;

// Like useSubscription, with a small preview query asked for first: Firestore answers queries one
// after the other and reads a query's documents from the device one at a time, so the first part
// of a long list shows while the whole is still being read. The preview stops listening once the
// full query has answered and the server has answered the preview (so the device keeps the
// preview's answer, and reads it quickly the next time). Without a preview (null) it is
// useSubscription, marked complete.
export const useSubscriptionWithPreview = <T>(
  key: string | null,
  subscribePreview: SubscribePreview<T> | null,
  subscribeFull: Subscribe<T>,
): PreviewedState<T> => {
  const [state, setState] = useState<Kept<T>>({ key, preview: loading, full: loading });

  useEffect(() => {
    if (key === null) return;
    const fresh: Kept<T> = { key, preview: loading, full: loading };
    const current = (previous: Kept<T>) => (previous.key === key ? previous : fresh);
    let previewAnswered = false;
    let fullAnswered = false;
    let stopPreview: Unsubscribe | null = null;
    const endPreview = () => {
      stopPreview?.();
      stopPreview = null;
    };
    const endPreviewOnceDone = () => {
      if (previewAnswered && fullAnswered) endPreview();
    };
    stopPreview =
      subscribePreview?.(
        {
          next: (data) =>
            setState((previous) => {
              const kept = current(previous);
              return kept.full.status === "loading"
                ? { ...kept, preview: { status: "ready", data } }
                : kept;
            }),
          error: () => {
            previewAnswered = true;
            endPreviewOnceDone();
          },
        },
        () => {
          previewAnswered = true;
          endPreviewOnceDone();
        },
      ) ?? null;
    const stopFull = subscribeFull({
      next: (data) => {
        fullAnswered = true;
        endPreviewOnceDone();
        setState((previous) => {
          const kept = current(previous);
          // The same data again (a snapshot that changed nothing) renders nothing again.
          return kept.full.status === "ready" && kept.full.data === data
            ? kept
            : { key, preview: loading, full: { status: "ready", data } };
        });
      },
      error: (error) => {
        endPreview();
        setState({ key, preview: loading, full: { status: "error", error } });
      },
    });
    return () => {
      endPreview();
      stopFull();
    };
    // The key identifies the subscriptions; callers pass fresh closures every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  const { preview, full } = state.key === key ? state : { preview: loading, full: loading };
  return useMemo(() => previewedState(preview, full), [preview, full]);
};
