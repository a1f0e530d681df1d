import { Group, Text } from "@mantine/core";

export const Logo = () => (
  <Group gap={8} wrap="nowrap">
    <img src="/favicon.svg" alt="" width={28} height={28} />
    <Text fw={800} size="lg">
      Pano
    </Text>
  </Group>
);
