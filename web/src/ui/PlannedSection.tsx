import { Badge, Paper, Stack, Text, ThemeIcon } from "@mantine/core";
import { IconHammer } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";

// A section a later release fills: it says so plainly and shows no invented data.
export const PlannedSection = ({ description }: { description: string }) => {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="xl">
      <Stack align="center" gap="sm" ta="center" maw={520} mx="auto">
        <ThemeIcon size={48} radius="xl" variant="light">
          <IconHammer />
        </ThemeIcon>
        <Badge variant="light">{t("planned.badge")}</Badge>
        <Text>{description}</Text>
        <Text size="sm" c="dimmed">
          {t("planned.notYet")}
        </Text>
      </Stack>
    </Paper>
  );
};
