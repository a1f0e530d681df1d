import { Button, Center, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

export const NotFoundPage = () => {
  const { t } = useTranslation();
  return (
    <Center mih="80dvh">
      <Stack align="center">
        <Text size="lg">{t("errors.notFound")}</Text>
        <Button component={Link} to="/">
          {t("errors.goHome")}
        </Button>
      </Stack>
    </Center>
  );
};
