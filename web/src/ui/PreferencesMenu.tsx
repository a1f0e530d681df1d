import {
  ActionIcon,
  Group,
  SegmentedControl,
  Tooltip,
  useComputedColorScheme,
  useMantineColorScheme,
} from "@mantine/core";
import { IconMoon, IconSun } from "@tabler/icons-react";
import { isLocale, locales } from "@pano/domain";
import { useTranslation } from "react-i18next";
import { i18n, useLocale } from "@/lib/i18n";

export const PreferencesMenu = () => {
  const { t } = useTranslation();
  const locale = useLocale();
  const { setColorScheme } = useMantineColorScheme();
  const scheme = useComputedColorScheme("light");
  const nextScheme = scheme === "dark" ? "light" : "dark";

  return (
    <Group gap="xs" wrap="nowrap">
      <SegmentedControl
        size="xs"
        aria-label={t("preferences.language")}
        value={locale}
        onChange={(value) => isLocale(value) && void i18n.changeLanguage(value)}
        data={locales.map((value) => ({ value, label: value.toUpperCase() }))}
        data-testid="language-switch"
      />
      <Tooltip label={t("preferences.toggleColorScheme")}>
        <ActionIcon
          variant="default"
          size="lg"
          aria-label={t("preferences.toggleColorScheme")}
          onClick={() => setColorScheme(nextScheme)}
        >
          {scheme === "dark" ? <IconSun size={18} /> : <IconMoon size={18} />}
        </ActionIcon>
      </Tooltip>
    </Group>
  );
};
