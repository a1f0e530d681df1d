import { Group, Title } from "@mantine/core";
import type { ReactNode } from "react";

export const PageHeader = ({ title, actions }: { title: string; actions?: ReactNode }) => (
  <Group justify="space-between" mb="lg" wrap="wrap">
    <Title order={1} size="h2">
      {title}
    </Title>
    {actions}
  </Group>
);
