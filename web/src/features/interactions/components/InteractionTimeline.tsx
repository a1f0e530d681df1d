import {
  ActionIcon,
  Badge,
  Group,
  Paper,
  Spoiler,
  Stack,
  Text,
  ThemeIcon,
  Timeline,
  Tooltip,
} from "@mantine/core";
import {
  IconMail,
  IconNote,
  IconPencil,
  IconPhone,
  IconTrash,
  IconUsersGroup,
} from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  formatDateTime,
  type Interaction,
  type InteractionFields,
  type InteractionType,
} from "@pano/domain";
import type { Row } from "@/lib/firebase/subscribe";
import { useLocale } from "@/lib/i18n";
import { InteractionComposer } from "./InteractionComposer";
import { PendingSyncBadge } from "@/ui/PendingSyncBadge";

const icons: Record<InteractionType, typeof IconMail> = {
  email: IconMail,
  call: IconPhone,
  note: IconNote,
  meeting: IconUsersGroup,
};

type InteractionTimelineProps = {
  interactions: Row<Interaction>[];
  authorName: (uid: string) => string;
  canEdit: (interaction: Interaction) => boolean;
  canDelete: (interaction: Interaction) => boolean;
  onEdit: (id: string, fields: InteractionFields) => Promise<unknown>;
  onDelete: (id: string) => void;
};

// Six lines of a note's text (Mantine's sm: 14 px at a 1.45 line height): the fold falls between
// two lines, never through one.
const foldedNoteHeight = 6 * 14 * 1.45;

export const InteractionTimeline = ({
  interactions,
  authorName,
  canEdit,
  canDelete,
  onEdit,
  onDelete,
}: InteractionTimelineProps) => {
  const { t } = useTranslation();
  const locale = useLocale();
  const [editing, setEditing] = useState<string | null>(null);
  if (interactions.length === 0) return <Text c="dimmed">{t("interactions.empty")}</Text>;

  return (
    <Timeline bulletSize={28} lineWidth={2} aria-label={t("interactions.title")}>
      {interactions.map((interaction) => {
        const Icon = icons[interaction.type];
        return (
          <Timeline.Item
            key={interaction.id}
            bullet={
              <ThemeIcon size={28} radius="xl" variant="light">
                <Icon size={16} />
              </ThemeIcon>
            }
            title={
              <Group gap="xs" wrap="nowrap" justify="space-between">
                <Group gap={6} wrap="nowrap">
                  <Text fw={600} size="sm">
                    {interaction.subject}
                  </Text>
                  <PendingSyncBadge pending={interaction.pending} />
                </Group>
                <Group gap={4} wrap="nowrap">
                  {canEdit(interaction) && (
                    <Tooltip label={t("common.edit")}>
                      <ActionIcon
                        variant="subtle"
                        aria-label={`${t("common.edit")}: ${interaction.subject}`}
                        onClick={() => setEditing(interaction.id)}
                      >
                        <IconPencil size={16} />
                      </ActionIcon>
                    </Tooltip>
                  )}
                  {canDelete(interaction) && (
                    <Tooltip label={t("common.delete")}>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={`${t("common.delete")}: ${interaction.subject}`}
                        onClick={() => onDelete(interaction.id)}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Tooltip>
                  )}
                </Group>
              </Group>
            }
            style={{ opacity: interaction.pending ? 0.6 : 1 }}
          >
            {editing === interaction.id ? (
              <Paper withBorder p="sm" mt="xs">
                <InteractionComposer
                  initial={interaction}
                  submitLabel={t("common.save")}
                  onCancel={() => setEditing(null)}
                  onSubmit={(fields) => {
                    setEditing(null);
                    return onEdit(interaction.id, fields);
                  }}
                />
              </Paper>
            ) : (
              <Stack gap={4}>
                <Group gap="xs">
                  <Badge size="xs" variant="light">
                    {t(`interactions.types.${interaction.type}`)}
                  </Badge>
                  <Text size="xs" c="dimmed">
                    {formatDateTime(interaction.occurredAt, locale)}
                    {interaction.durationMinutes
                      ? ` · ${t("interactions.minutes", { count: interaction.durationMinutes })}`
                      : ""}
                    {` · ${authorName(interaction.createdBy)}`}
                  </Text>
                </Group>
                {interaction.body && (
                  // A long note (a pasted e-mail thread) opens on request, so the history stays
                  // a list to scan.
                  <Spoiler
                    maxHeight={foldedNoteHeight}
                    showLabel={t("common.showMore")}
                    hideLabel={t("common.showLess")}
                  >
                    <Text size="sm" style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
                      {interaction.body}
                    </Text>
                  </Spoiler>
                )}
                {interaction.followUpAt && (
                  <Text size="xs" c="orange">
                    {t("interactions.followUpOn", {
                      date: formatDateTime(interaction.followUpAt, locale),
                    })}
                  </Text>
                )}
              </Stack>
            )}
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
};
