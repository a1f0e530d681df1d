import { Anchor, Group, Paper, Stack, Text } from "@mantine/core";
import { IconClock, IconUser } from "@tabler/icons-react";
import { memo } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { daysSince, formatDays, formatMoney, type Deal } from "@pano/domain";
import type { Row } from "@/lib/firebase/subscribe";
import { useLocale } from "@/lib/i18n";
import { PendingSyncBadge } from "@/ui/PendingSyncBadge";

type DealCardProps = {
  deal: Row<Deal>;
  customerName: string;
  ownerName: string;
  href: string;
  now: Date;
};

// Memoized: a snapshot keeps the row of every unchanged deal, so only the moved card renders again.
export const DealCard = memo(function DealCard({
  deal,
  customerName,
  ownerName,
  href,
  now,
}: DealCardProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <Paper withBorder radius="sm" p="xs" shadow="xs" style={{ opacity: deal.pending ? 0.75 : 1 }}>
      <Stack gap={4}>
        <Anchor
          component={Link}
          to={href}
          fw={600}
          size="sm"
          c="var(--mantine-color-text)"
          draggable={false}
        >
          {deal.title}
        </Anchor>
        <PendingSyncBadge pending={deal.pending} />
        <Text size="xs" c="dimmed" truncate>
          {customerName || "…"}
        </Text>
        <Text size="sm" fw={500}>
          {formatMoney(deal.value, deal.currency, locale)}
        </Text>
        {/* In the narrow columns a laptop gives six stages the age goes under the owner rather
            than cutting the owner's name short. */}
        <Group justify="space-between" gap="xs" style={{ rowGap: 4 }}>
          <Group gap={4} wrap="nowrap" style={{ minWidth: 0 }}>
            <IconUser size={14} aria-hidden style={{ flexShrink: 0 }} />
            <Text size="xs" truncate>
              {ownerName}
            </Text>
          </Group>
          <Group gap={4} wrap="nowrap" title={t("deals.age")}>
            <IconClock size={14} aria-hidden />
            <Text size="xs" c="dimmed" style={{ whiteSpace: "nowrap" }}>
              {formatDays(daysSince(deal.createdAt, now), locale)}
            </Text>
          </Group>
        </Group>
      </Stack>
    </Paper>
  );
});
