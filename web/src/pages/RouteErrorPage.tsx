import { Button, Center, Group, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useRouteError } from "react-router";

// A screen whose code could not be fetched (offline, or a new release replaced it) or that threw:
// say so in the user's language and offer the two ways out.
export const RouteErrorPage = () => {
  const { t } = useTranslation();
  const error = useRouteError();
  const offline = typeof navigator !== "undefined" && !navigator.onLine;
  const loadFailed = error instanceof TypeError && /import|module/i.test(error.message);
  return (
    <Center mih="80dvh" p="md">
      <Stack align="center" maw={480} ta="center">
        <Title order={1} size="h3">
          {t("errors.screenFailedTitle")}
        </Title>
        <Text c="dimmed">
          {t(offline || loadFailed ? "errors.screenOffline" : "errors.screenFailed")}
        </Text>
        <Group>
          <Button onClick={() => window.location.reload()}>{t("errors.reload")}</Button>
          <Button variant="default" component={Link} to="/">
            {t("errors.goHome")}
          </Button>
        </Group>
      </Stack>
    </Center>
  );
};
