import { Group, Loader, Text } from "@mantine/core";

// Under the first part of a long list shown while the rest loads.
export const LoadingRest = ({ label }: { label: string }) => (
  <Group gap={6} px={4} py={4} data-loading-rest>
    <Loader size={12} />
    <Text size="xs" c="dimmed">
      {label}
    </Text>
  </Group>
);
