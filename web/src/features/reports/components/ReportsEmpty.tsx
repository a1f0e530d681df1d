import { List, Paper, Text, ThemeIcon, Title } from "@mantine/core";
import { IconChartBar } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";

// A workspace with nothing to report yet learns what the page will show and what fills it.
export const ReportsEmpty = () => {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="xl" radius="md" component="section" aria-label={t("reports.emptyTitle")}>
      <ThemeIcon variant="light" size="xl" radius="xl" mb="md">
        <IconChartBar size={24} />
      </ThemeIcon>
      <Title order={2} size="h3" mb="xs">
        {t("reports.emptyTitle")}
      </Title>
      <Text mb="md">{t("reports.emptyIntro")}</Text>
      <List spacing="xs">
        <List.Item>{t("reports.emptyDeals")}</List.Item>
        <List.Item>{t("reports.emptyInteractions")}</List.Item>
        <List.Item>{t("reports.emptyTasks")}</List.Item>
      </List>
      <Text size="sm" c="dimmed" mt="md">
        {t("reports.emptyPeriod")}
      </Text>
    </Paper>
  );
};
