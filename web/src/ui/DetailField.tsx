import { Text } from "@mantine/core";
import type { ReactNode } from "react";

// A small label over a value, for profile and detail headers; an empty value shows a dash.
export const DetailField = ({ label, children }: { label: string; children: ReactNode }) => (
  <div>
    <Text size="xs" c="dimmed">
      {label}
    </Text>
    <Text size="sm" component="div">
      {children || "—"}
    </Text>
  </div>
);
