import { Button, Group, Select, Stack, Switch, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  defaultNotificationPreferences,
  formatDuration,
  notificationGroups,
  reminderLeadOptions,
  type NotificationPreferences,
  type NotificationType,
} from "@pano/domain";
import { useLocale } from "@/lib/i18n";
import { notifyError, notifySuccess } from "@/lib/notify";
import { confirmSave } from "@/lib/confirmSave";
import { useSignedInUser } from "@/session/useAuth";
import { Loaded } from "@/ui/Loaded";
import { savePreferences } from "../data/preferencesData";
import { pushConfigured } from "../data/pushDevice";
import { useNotificationPreferences } from "../hooks/useNotificationPreferences";

type Values = Omit<NotificationPreferences, "updatedAt">;

const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
const hours = Array.from({ length: 24 }, (_, hour) => ({
  value: String(hour),
  label: `${String(hour).padStart(2, "0")}:00`,
}));

const PreferencesForm = ({ uid, initial }: { uid: string; initial: Values }) => {
  const { t } = useTranslation();
  const locale = useLocale();
  const [values, setValues] = useState(initial);
  const save = () =>
    // Quiet hours are read in the time zone of the browser that last saved them.
    confirmSave(
      savePreferences(uid, {
        ...values,
        quietHours: { ...values.quietHours, timeZone: browserTimeZone() },
      }),
      t("notifications.settings.title"),
    ).then((outcome) => {
      if (outcome === "saved") notifySuccess(t("notifications.settings.saved"));
    }, notifyError);
  const setChannel = (type: NotificationType, channel: "inbox" | "push", on: boolean) =>
    setValues((current) => ({
      ...current,
      channels: { ...current.channels, [type]: { ...current.channels[type], [channel]: on } },
    }));
  const setQuiet = (change: Partial<Values["quietHours"]>) =>
    setValues((current) => ({ ...current, quietHours: { ...current.quietHours, ...change } }));

  return (
    <Stack gap="md">
      <Table.ScrollContainer minWidth={320}>
        <Table verticalSpacing={6} aria-label={t("notifications.settings.channels")}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("notifications.settings.type")}</Table.Th>
              <Table.Th w={1} style={{ whiteSpace: "nowrap" }}>
                {t("notifications.settings.inbox")}
              </Table.Th>
              <Table.Th w={1} style={{ whiteSpace: "nowrap" }}>
                {t("notifications.settings.push")}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          {Object.entries(notificationGroups).map(([group, types]) => (
            <Table.Tbody key={group}>
              <Table.Tr>
                <Table.Th colSpan={3} scope="colgroup">
                  <Title order={3} size="h6" c="dimmed">
                    {t(`notifications.groups.${group}`)}
                  </Title>
                </Table.Th>
              </Table.Tr>
              {types.map((type: NotificationType) => {
                const name = t(`notifications.types.${type}`);
                return (
                  <Table.Tr key={type}>
                    <Table.Td>{name}</Table.Td>
                    <Table.Td>
                      <Switch
                        aria-label={t("notifications.settings.inboxFor", { name })}
                        checked={values.channels[type].inbox}
                        onChange={(event) => setChannel(type, "inbox", event.currentTarget.checked)}
                      />
                    </Table.Td>
                    <Table.Td>
                      <Switch
                        aria-label={t("notifications.settings.pushFor", { name })}
                        checked={values.channels[type].push}
                        disabled={!pushConfigured}
                        onChange={(event) => setChannel(type, "push", event.currentTarget.checked)}
                      />
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          ))}
        </Table>
      </Table.ScrollContainer>
      <Select
        label={t("notifications.settings.lead")}
        description={t("notifications.settings.leadHint")}
        maw={320}
        allowDeselect={false}
        value={String(values.leadMinutes)}
        onChange={(value) => {
          const minutes = reminderLeadOptions.find((option) => String(option) === value);
          if (minutes) setValues((current) => ({ ...current, leadMinutes: minutes }));
        }}
        data={reminderLeadOptions.map((minutes) => ({
          value: String(minutes),
          label: t("notifications.settings.leadBefore", {
            duration: formatDuration(minutes, locale),
          }),
        }))}
      />
      <Stack gap="xs">
        <Switch
          label={t("notifications.settings.quietHours")}
          description={t("notifications.settings.quietHoursHint")}
          checked={values.quietHours.enabled}
          onChange={(event) => setQuiet({ enabled: event.currentTarget.checked })}
        />
        <Group gap="sm">
          <Select
            label={t("notifications.settings.quietStart")}
            w={140}
            allowDeselect={false}
            disabled={!values.quietHours.enabled}
            value={String(values.quietHours.startHour)}
            onChange={(value) => value !== null && setQuiet({ startHour: Number(value) })}
            data={hours}
          />
          <Select
            label={t("notifications.settings.quietEnd")}
            w={140}
            allowDeselect={false}
            disabled={!values.quietHours.enabled}
            value={String(values.quietHours.endHour)}
            onChange={(value) => value !== null && setQuiet({ endHour: Number(value) })}
            data={hours}
          />
        </Group>
        <Text size="xs" c="dimmed">
          {t("notifications.settings.timeZone", { timeZone: browserTimeZone() })}
        </Text>
      </Stack>
      <Group>
        <Button onClick={() => void save()}>{t("notifications.settings.save")}</Button>
      </Group>
    </Stack>
  );
};

// The signed-in user's own notification settings; the defaults until they first save.
export const NotificationSettings = () => {
  const { uid } = useSignedInUser();
  const state = useNotificationPreferences(uid);
  return (
    <Loaded
      state={state.status === "ready" ? { status: "ready", data: { saved: state.data } } : state}
      loading={null}
    >
      {({ saved }) => (
        <PreferencesForm
          uid={uid}
          initial={saved ?? defaultNotificationPreferences(browserTimeZone())}
        />
      )}
    </Loaded>
  );
};
