import { Button, Center, Group, ScrollArea, Stack, Text, ThemeIcon } from "@mantine/core";
import { IconBellOff } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import type { AppNotification } from "@pano/domain";
import type { Row } from "@/lib/firebase/subscribe";
import { notifyError } from "@/lib/notify";
import { Loaded } from "@/ui/Loaded";
import { markAllRead, markRead } from "../data/notificationsData";
import { useInbox } from "../hooks/useInbox";
import { useNow } from "../hooks/useNow";
import { NotificationItem } from "./NotificationItem";

const EmptyInbox = () => {
  const { t } = useTranslation();
  return (
    <Center py="xl" px="md">
      <Stack align="center" gap="xs">
        <ThemeIcon variant="light" size={48} radius="xl" color="gray">
          <IconBellOff size={26} />
        </ThemeIcon>
        <Text fw={600}>{t("notifications.empty")}</Text>
        <Text size="sm" c="dimmed" ta="center">
          {t("notifications.emptyHint")}
        </Text>
      </Stack>
    </Center>
  );
};

type NotificationPanelProps = {
  uid: string;
  unread: number;
  onNavigate: () => void;
  // The id of the panel's heading; null in the phone's drawer, which names it in its own header.
  heading: string | null;
};

// The inbox, newest first: opening an entry goes to what it is about and marks it read.
export const NotificationPanel = ({ uid, unread, onNavigate, heading }: NotificationPanelProps) => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const now = useNow();
  const inbox = useInbox(uid);
  const open = (notification: Row<AppNotification>) => {
    if (!notification.read) markRead(uid, notification.id).catch(notifyError);
    onNavigate();
    void navigate(notification.link);
  };
  return (
    <Stack gap={0}>
      <Group justify={heading ? "space-between" : "flex-end"} px="md" py="xs" wrap="nowrap">
        {heading && (
          <Text fw={700} id={heading}>
            {t("notifications.title")}
          </Text>
        )}
        <Button
          variant="subtle"
          size="compact-sm"
          disabled={unread === 0}
          onClick={() => markAllRead(uid).catch(notifyError)}
        >
          {t("notifications.markAllRead")}
        </Button>
      </Group>
      <Loaded state={inbox.state} loading={null}>
        {() =>
          inbox.notifications.length === 0 ? (
            <EmptyInbox />
          ) : (
            // The popover scrolls its own list; the phone's drawer scrolls as a whole, full height.
            <ScrollArea.Autosize mah={heading ? "min(70vh, 520px)" : undefined} type="auto">
              <ul
                aria-label={t("notifications.title")}
                style={{ listStyle: "none", margin: 0, padding: 0 }}
              >
                {inbox.notifications.map((notification) => (
                  <li key={notification.id}>
                    <NotificationItem notification={notification} now={now} onOpen={open} />
                  </li>
                ))}
              </ul>
              {inbox.hasMore && (
                <Center p="sm">
                  <Button variant="default" size="xs" onClick={inbox.loadMore}>
                    {t("notifications.loadMore")}
                  </Button>
                </Center>
              )}
            </ScrollArea.Autosize>
          )
        }
      </Loaded>
    </Stack>
  );
};
