import { Paper, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";

type ChartCardProps = { title: string; empty: string | null; children: ReactNode };

// A chart with its heading; when its series has nothing in it, a sentence instead of flat bars.
export const ChartCard = ({ title, empty, children }: ChartCardProps) => (
  <Paper withBorder p="md" radius="md" component="section" aria-label={title}>
    <Title order={2} size="h4" mb="sm">
      {title}
    </Title>
    {empty === null ? (
      children
    ) : (
      <Text c="dimmed" size="sm" py="xl" ta="center">
        {empty}
      </Text>
    )}
  </Paper>
);
