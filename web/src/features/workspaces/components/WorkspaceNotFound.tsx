import { Button, Center, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

export const WorkspaceNotFound = () => {
  const { t } = useTranslation();
  return (
    <Center mih="60dvh">
      <Stack align="center">
        <Text>{t("workspaces.notFound")}</Text>
        <Button component={Link} to="/workspaces">
          {t("workspaces.all")}
        </Button>
      </Stack>
    </Center>
  );
};
