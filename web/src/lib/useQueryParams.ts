import { useCallback } from "react";
import { useSearchParams } from "react-router";

// Screen state kept in the address (filters, the chosen view), so it survives switching views and
// a link shares it; empty values leave the address clean.
export const useQueryParams = () => {
  const [params, setParams] = useSearchParams();
  // Stable while the address stays, so memoized controls given it do not render on a keystroke.
  const update = useCallback(
    (changes: Record<string, string | null>) =>
      setParams(
        () => {
          // From the address as it is now, not as this screen last rendered it: the router
          // renders a navigation in a transition, and a change made before that render (the
          // search text written once typing pauses, just after a click opened a task) would
          // otherwise put back the address from before it.
          const next = new URLSearchParams(window.location.search);
          for (const [key, value] of Object.entries(changes))
            if (value) next.set(key, value);
            else next.delete(key);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  return { get: (key: string) => params.get(key), update };
};
