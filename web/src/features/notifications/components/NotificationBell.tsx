import { ActionIcon, Drawer, Indicator, Popover } from "@mantine/core";
import { useDisclosure, useId, useMediaQuery, useWindowEvent } from "@mantine/hooks";
import { IconBell } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { useSignedInUser } from "@/session/useAuth";
import { unreadCountLimit } from "../data/notificationsData";
import { useUnreadCount } from "../hooks/useUnreadCount";
import { NotificationPanel } from "./NotificationPanel";

const countLabel = (count: number) =>
  count >= unreadCountLimit ? `${unreadCountLimit - 1}+` : String(count);

// The header's bell: a live unread count, and the inbox in a popover (a full drawer on a phone).
export const NotificationBell = () => {
  const { t } = useTranslation();
  const { uid } = useSignedInUser();
  const phone = useMediaQuery("(max-width: 48em)");
  const [opened, { toggle, close }] = useDisclosure(false);
  const headingId = useId();
  // Escape closes the panel even when focus left it (the "mark all read" button it was on
  // becomes disabled); the popover itself only hears keys pressed inside it.
  useWindowEvent("keydown", (event) => {
    if (opened && event.key === "Escape") close();
  });
  const unreadState = useUnreadCount(uid);
  const unread = unreadState.status === "ready" ? unreadState.data : 0;
  const label =
    unread > 0
      ? t("notifications.bellUnread", { count: countLabel(unread) })
      : t("notifications.title");
  const bell = (
    <Indicator label={countLabel(unread)} disabled={unread === 0} size={18} offset={4} color="red">
      <ActionIcon variant="default" size="lg" aria-label={label} onClick={toggle}>
        <IconBell size={18} />
      </ActionIcon>
    </Indicator>
  );
  const panel = (
    <NotificationPanel
      uid={uid}
      unread={unread}
      onNavigate={close}
      heading={phone ? null : headingId}
    />
  );

  if (phone)
    return (
      <>
        {bell}
        <Drawer
          opened={opened}
          onClose={close}
          position="right"
          size="100%"
          padding={0}
          withCloseButton
          title={t("notifications.title")}
          styles={{ header: { paddingInline: "var(--mantine-spacing-md)" } }}
        >
          {panel}
        </Drawer>
      </>
    );
  return (
    <Popover
      opened={opened}
      onChange={(next) => !next && close()}
      position="bottom-end"
      width={380}
      shadow="md"
      trapFocus
      returnFocus
    >
      <Popover.Target>{bell}</Popover.Target>
      {/* Named by its heading: Mantine would name it after the bell, whose name carries the count. */}
      <Popover.Dropdown p={0} aria-labelledby={headingId}>
        {panel}
      </Popover.Dropdown>
    </Popover>
  );
};
