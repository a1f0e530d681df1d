import { useEffect, useMemo, useRef, useState } from "react";
import type { Customer } from "@pano/domain";
import type { Row, Unsubscribe } from "@/lib/firebase/subscribe";
import {
  watchCustomerPage,
  type CustomerCursor,
  type CustomerFilters,
  type CustomerPage,
} from "../data/customerPages";

export const customerPageSize = 25;

type Pages = { key: string; cursors: (CustomerCursor | null)[]; pages: (CustomerPage | null)[] };

// The list as live pages joined by query cursors: each page is its own listener starting after
// the previous page's last document, so "load more" reads only the next page.
export const useCustomerPages = (workspaceId: string, filters: CustomerFilters) => {
  const key = JSON.stringify([workspaceId, filters]);
  const [state, setState] = useState<Pages>({ key, cursors: [null], pages: [null] });
  const [error, setError] = useState<Error | null>(null);
  const current = state.key === key ? state : { key, cursors: [null], pages: [null] };
  if (current !== state) setState(current);
  const cursorCount = current.cursors.length;

  // Listeners of the current filters, one per page; "load more" adds one and leaves the others
  // running, so loading page n reads page n only.
  const listening = useRef<Unsubscribe[]>([]);
  useEffect(() => {
    const stops: Unsubscribe[] = [];
    listening.current = stops;
    return () => stops.forEach((stop) => stop());
  }, [key]);
  useEffect(() => {
    const stops = listening.current;
    for (let index = stops.length; index < current.cursors.length; index += 1)
      stops.push(
        watchCustomerPage(workspaceId, filters, current.cursors[index] ?? null, customerPageSize, {
          next: (page) =>
            setState((previous) =>
              previous.key !== key
                ? previous
                : {
                    ...previous,
                    pages: previous.pages.map((old, at) => (at === index ? page : old)),
                  },
            ),
          error: setError,
        }),
      );
    // Pages are added when the filters change or a page is added, not on every emission.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, cursorCount]);

  const loaded = current.pages.every((page) => page !== null);
  const rows: Row<Customer>[] = useMemo(
    () => current.pages.flatMap((page) => page?.rows ?? []),
    [current.pages],
  );
  const next = current.pages.at(-1)?.next ?? null;
  const loadMore = () => {
    if (!next) return;
    setState((previous) => ({
      ...previous,
      cursors: [...previous.cursors, next],
      pages: [...previous.pages, null],
    }));
  };
  return { rows, loading: !loaded, error, hasMore: next !== null, loadMore };
};
