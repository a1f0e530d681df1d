import { Box, Group, Stack, Text, UnstyledButton } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatRelativeTime, notificationText, type AppNotification } from "@pano/domain";
import type { Row } from "@/lib/firebase/subscribe";
import { useLocale } from "@/lib/i18n";
import classes from "./NotificationItem.module.css";

type NotificationItemProps = {
  notification: Row<AppNotification>;
  now: Date;
  onOpen: (notification: Row<AppNotification>) => void;
};

// One inbox entry in the reader's current language; unread ones carry a dot and a bold title.
export const NotificationItem = ({ notification, now, onOpen }: NotificationItemProps) => {
  const { t } = useTranslation();
  const locale = useLocale();
  const { title, body } = notificationText(notification, locale);
  const unread = !notification.read;
  return (
    <UnstyledButton
      className={classes.item}
      data-unread={unread || undefined}
      onClick={() => onOpen(notification)}
      aria-label={unread ? t("notifications.unreadItem", { title }) : title}
    >
      <Group align="flex-start" gap="sm" wrap="nowrap">
        <Box className={classes.dot} aria-hidden />
        <Stack gap={2} miw={0}>
          <Text size="sm" fw={unread ? 700 : 500}>
            {title}
          </Text>
          {/* A 200-character task title would fill the panel: three lines, the rest on its page. */}
          <Text size="sm" c="dimmed" className={classes.body} lineClamp={3} title={body}>
            {body}
          </Text>
          <Text size="xs" c="dimmed">
            {formatRelativeTime(notification.createdAt, now, locale)}
          </Text>
        </Stack>
      </Group>
    </UnstyledButton>
  );
};
