import { Anchor, Group, Paper, Stack, Text } from "@mantine/core";
import { IconClock, IconUser } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { daysSince, formatDays, formatMoney, type Deal } from "@pano/domain";
import type { Row } from "@/lib/firebase/subscribe";
import { useLocale } from "@/lib/i18n";

type DealCardProps = {
  deal: Row<Deal>;
  customerName: string;
  ownerName: string;
  href: string;
  now: Date;
};

export const DealCard = ({ deal, customerName, ownerName, href, now }: DealCardProps) => {
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
        {/* Four short lines, so a card reads whole in the narrow columns a laptop gives six
            stages: the age sits beside the customer and the owner has a line of its own. */}
        <Group justify="space-between" gap="xs" wrap="nowrap">
          <Text size="xs" c="dimmed" truncate>
            {customerName || "…"}
          </Text>
          <Group gap={4} wrap="nowrap" title={t("deals.age")} style={{ flexShrink: 0 }}>
            <IconClock size={14} aria-hidden />
            <Text size="xs" c="dimmed" style={{ whiteSpace: "nowrap" }}>
              {formatDays(daysSince(deal.createdAt, now), locale)}
            </Text>
          </Group>
        </Group>
        <Text size="sm" fw={500}>
          {formatMoney(deal.value, deal.currency, locale)}
        </Text>
        <Group gap={4} wrap="nowrap" style={{ minWidth: 0 }}>
          <IconUser size={14} aria-hidden style={{ flexShrink: 0 }} />
          <Text size="xs" truncate>
            {ownerName}
          </Text>
        </Group>
      </Stack>
    </Paper>
  );
};
