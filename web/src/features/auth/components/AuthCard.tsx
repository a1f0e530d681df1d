import { Center, Group, Paper, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Logo } from "@/ui/Logo";
import { PreferencesMenu } from "@/ui/PreferencesMenu";

export const AuthCard = ({ title, children }: { title: string; children: ReactNode }) => {
  const { t } = useTranslation();
  return (
    <Center mih="100dvh" p="md" bg="var(--mantine-color-body)">
      <Stack w="100%" maw={420} gap="lg">
        <Group justify="space-between">
          <Logo />
          <PreferencesMenu />
        </Group>
        <Text c="dimmed" size="sm">
          {t("app.tagline")}
        </Text>
        <Paper withBorder shadow="sm" p="xl" radius="md">
          <Title order={2} size="h3" mb="lg">
            {title}
          </Title>
          {children}
        </Paper>
      </Stack>
    </Center>
  );
};
