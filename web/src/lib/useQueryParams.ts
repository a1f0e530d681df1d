import { useSearchParams } from "react-router";

// Screen state kept in the address (filters, the chosen view), so it survives switching views and
// a link shares it; empty values leave the address clean.
export const useQueryParams = () => {
  const [params, setParams] = useSearchParams();
  const update = (changes: Record<string, string | null>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes))
          if (value) next.set(key, value);
          else next.delete(key);
        return next;
      },
      { replace: true },
    );
  return { get: (key: string) => params.get(key), update };
};
