import { Text } from "@mantine/core";
import type { ReactNode } from "react";
import type { SubscriptionState } from "@/lib/useSubscription";
import { LoadingScreen } from "./LoadingScreen";
import { SubscriptionError } from "./SubscriptionError";

type LoadedProps<T> = {
  state: SubscriptionState<T>;
  // A section within a page shows nothing while loading rather than a second spinner.
  loading?: ReactNode;
  // The text for a watched document that does not exist.
  notFound?: string;
  children: (data: NonNullable<T>) => ReactNode;
};

// A subscription's content once it has loaded; until then the spinner, its error or not-found.
export const Loaded = <T,>({
  state,
  loading = <LoadingScreen />,
  notFound,
  children,
}: LoadedProps<T>) => {
  if (state.status === "loading") return loading;
  if (state.status === "error") return <SubscriptionError error={state.error} />;
  if (state.data === null || state.data === undefined) return <Text>{notFound}</Text>;
  return children(state.data);
};
