import { Alert, Badge, Button, Group, Stack, Table, Text } from "@mantine/core";
import { IconInfoCircle } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatRelativeTime } from "@pano/domain";
import { useLocale } from "@/lib/i18n";
import { notifyError } from "@/lib/notify";
import { useSignedInUser } from "@/session/useAuth";
import { Loaded } from "@/ui/Loaded";
import { removeDevice } from "../data/devicesData";
import { enablePush, forgetThisDevice, thisDeviceId } from "../data/pushDevice";
import { useDevices } from "../hooks/useDevices";
import { useNow } from "../hooks/useNow";
import { usePushAvailability } from "../hooks/usePushAvailability";

const DeviceList = ({ uid, current }: { uid: string; current: string | null }) => {
  const { t } = useTranslation();
  const locale = useLocale();
  const now = useNow();
  const devices = useDevices(uid);
  return (
    <Loaded state={devices} loading={null}>
      {(rows) =>
        rows.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t("notifications.push.noDevices")}
          </Text>
        ) : (
          <Table aria-label={t("notifications.push.devices")}>
            <Table.Tbody>
              {rows.map((device) => (
                <Table.Tr key={device.id}>
                  <Table.Td>
                    <Group gap="xs">
                      <Text size="sm">{t("notifications.push.browser")}</Text>
                      {device.id === current && (
                        <Badge variant="light">{t("notifications.push.thisDevice")}</Badge>
                      )}
                    </Group>
                    <Text size="xs" c="dimmed">
                      {t("notifications.push.lastSeen", {
                        when: formatRelativeTime(device.lastSeenAt, now, locale),
                      })}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">
                    <Button
                      variant="subtle"
                      color="red"
                      size="compact-sm"
                      onClick={() =>
                        (device.id === current
                          ? forgetThisDevice(uid)
                          : removeDevice(uid, device.id)
                        ).catch(notifyError)
                      }
                    >
                      {t("notifications.push.remove")}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )
      }
    </Loaded>
  );
};

// Push on this device: the button that asks the browser, or in one sentence why it cannot work
// here; and the user's devices that receive pushes.
export const PushSettings = () => {
  const { t } = useTranslation();
  const { uid } = useSignedInUser();
  const [availability, setAvailability] = usePushAvailability();
  const [current, setCurrent] = useState(() => thisDeviceId(uid));
  const [busy, setBusy] = useState(false);
  const enable = () => {
    setBusy(true);
    enablePush(uid)
      .then((outcome) => {
        if (outcome === "denied") setAvailability("denied");
        setCurrent(thisDeviceId(uid));
      }, notifyError)
      .finally(() => setBusy(false));
  };
  return (
    <Stack gap="sm">
      {availability !== null && availability !== "available" && (
        <Alert variant="light" color="gray" icon={<IconInfoCircle size={18} />}>
          {t(`notifications.push.${availability}`)}
        </Alert>
      )}
      {availability === "available" && current === null && (
        <Group>
          <Button variant="default" loading={busy} onClick={enable}>
            {t("notifications.push.enable")}
          </Button>
        </Group>
      )}
      <DeviceList uid={uid} current={current} />
    </Stack>
  );
};
