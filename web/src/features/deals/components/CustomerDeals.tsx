import {
  ActionIcon,
  Anchor,
  Badge,
  Group,
  Paper,
  Stack,
  Text,
  Title,
  Tooltip,
} from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { canWrite, compareRanked, formatMoney } from "@pano/domain";
import { useLocale } from "@/lib/i18n";
import { routes } from "@/lib/routes";
import { useCurrentWorkspace } from "@/session/useCurrentWorkspace";
import { Loaded } from "@/ui/Loaded";
import { useCustomerDeals } from "../hooks/useDeals";
import { DealFormModal } from "./DealFormModal";

const kindColor = { open: "blue", won: "teal", lost: "red" } as const;

// A customer's deals in pipeline order, each with its stage; a new one starts with this customer.
export const CustomerDeals = ({ customerId }: { customerId: string }) => {
  const { t } = useTranslation();
  const locale = useLocale();
  const { workspaceId, workspace, role } = useCurrentWorkspace();
  const deals = useCustomerDeals(workspaceId, customerId);
  const [adding, setAdding] = useState(false);
  const stageOrder = (id: string) => workspace.stageIds.indexOf(id);
  const sorted =
    deals.status === "ready"
      ? [...deals.data].sort(
          (left, right) =>
            stageOrder(left.stage) - stageOrder(right.stage) || compareRanked(left, right),
        )
      : [];

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={t("customers.deals")}>
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h5">
          {t("customers.deals")}
        </Title>
        {canWrite(role) && (
          <Tooltip label={t("deals.new")}>
            <ActionIcon
              variant="subtle"
              aria-label={t("deals.new")}
              onClick={() => setAdding(true)}
            >
              <IconPlus size={16} />
            </ActionIcon>
          </Tooltip>
        )}
      </Group>
      <Loaded state={deals} loading={null}>
        {() =>
          sorted.length === 0 && (
            <Text size="sm" c="dimmed">
              {t("deals.noneForCustomer")}
            </Text>
          )
        }
      </Loaded>
      <Stack gap="xs">
        {sorted.map((deal) => {
          const stage = workspace.stages.find((item) => item.id === deal.stage);
          return (
            <Group key={deal.id} justify="space-between" wrap="nowrap" gap="xs">
              <div style={{ minWidth: 0 }}>
                <Anchor component={Link} to={routes.deal(workspaceId, deal.id)} size="sm" fw={600}>
                  {deal.title}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {formatMoney(deal.value, deal.currency, locale)}
                </Text>
              </div>
              <Badge
                variant="light"
                color={kindColor[stage?.kind ?? "open"]}
                style={{ flexShrink: 0 }}
              >
                {stage?.name ?? "—"}
              </Badge>
            </Group>
          );
        })}
      </Stack>
      {adding && (
        <DealFormModal opened onClose={() => setAdding(false)} initialCustomerId={customerId} />
      )}
    </Paper>
  );
};
