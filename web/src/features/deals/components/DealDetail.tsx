import {
  Alert,
  Anchor,
  Button,
  Grid,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconPencil } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { canDelete, canWrite, formatDate, formatMoney, type Deal } from "@pano/domain";
import { useSignedInUser } from "@/features/auth";
import { useCustomerNames } from "@/features/customers";
import { CustomerHistory } from "@/features/interactions";
import { useMemberNames } from "@/features/members";
import { DealProjectLink } from "@/features/projects";
import { DealTodos } from "@/features/tasks";
import { useCurrentWorkspace } from "@/features/workspaces";
import type { Row } from "@/lib/firebase/subscribe";
import { useLocale } from "@/lib/i18n";
import { notifyError, notifySuccess } from "@/lib/notify";
import { routes } from "@/lib/routes";
import { ConfirmButton } from "@/ui/ConfirmButton";
import { DetailField } from "@/ui/DetailField";
import { Loaded } from "@/ui/Loaded";
import { deleteDeal, topOfStage } from "../data/dealsData";
import { useDeal } from "../hooks/useDeals";
import { useDealMove } from "../hooks/useDealMove";
import { DealFormModal } from "./DealFormModal";
import { MoveDealDialog } from "./MoveDealDialog";

const DealSheet = ({ deal: current }: { deal: Row<Deal> }) => {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const user = useSignedInUser();
  const { workspaceId, workspace, role } = useCurrentWorkspace();
  const [editing, { open, close }] = useDisclosure(false);
  const { move, pending } = useDealMove(workspaceId, workspace.stages);
  const customerName = useCustomerNames(workspaceId, [current.customerId]);
  const memberName = useMemberNames(workspaceId);
  const nameOf = (uid: string) => memberName(uid) || "—";
  const stageName = (id: string) => workspace.stages.find((stage) => stage.id === id)?.name ?? "";
  const writable = canWrite(role);
  const mayDelete = canDelete({ uid: user.uid, role }, current);

  const handleStage = (stage: string | null) => {
    if (!stage || stage === current.stage) return;
    void topOfStage(workspaceId, stage).then(
      (rank) => move(current, { column: stage, rank }).catch(() => undefined),
      notifyError,
    );
  };
  const handleDelete = () =>
    deleteDeal(workspaceId, current.id).then(() => {
      notifySuccess(t("deals.deleted", { title: current.title }));
      navigate(routes.pipeline(workspaceId));
    }, notifyError);

  return (
    <Stack>
      <Paper withBorder p="md" radius="md">
        <Group justify="space-between" align="flex-start" mb="md">
          <div>
            <Anchor component={Link} to={routes.pipeline(workspaceId)} size="sm">
              {t("nav.pipeline")}
            </Anchor>
            <Title order={1} size="h2">
              {current.title}
            </Title>
            <Text size="xl" fw={600}>
              {formatMoney(current.value, current.currency, locale)}
            </Text>
          </div>
          <Group gap="xs">
            {writable && (
              <Button variant="default" leftSection={<IconPencil size={16} />} onClick={open}>
                {t("common.edit")}
              </Button>
            )}
            {mayDelete && (
              <ConfirmButton
                color="red"
                variant="light"
                title={t("deals.deleteTitle")}
                message={t("deals.deleteMessage", { title: current.title })}
                confirmLabel={t("common.delete")}
                onConfirm={handleDelete}
              >
                {t("common.delete")}
              </ConfirmButton>
            )}
          </Group>
        </Group>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
          <DetailField label={t("deals.customer")}>
            <Anchor component={Link} to={routes.customer(workspaceId, current.customerId)}>
              {customerName(current.customerId) || "…"}
            </Anchor>
          </DetailField>
          <DetailField label={t("deals.owner")}>{nameOf(current.ownerId)}</DetailField>
          <DetailField label={t("deals.expectedClose")}>
            {current.expectedCloseAt && formatDate(current.expectedCloseAt, locale)}
          </DetailField>
          <DetailField label={t("deals.createdAt")}>
            {formatDate(current.createdAt, locale)}
          </DetailField>
        </SimpleGrid>
        <Group mt="md" align="flex-end">
          <Select
            label={t("deals.stage")}
            data={workspace.stages.map((stage) => ({ value: stage.id, label: stage.name }))}
            value={current.stage}
            onChange={handleStage}
            allowDeselect={false}
            disabled={!writable}
            w={260}
          />
          {current.projectId && (
            <DealProjectLink workspaceId={workspaceId} projectId={current.projectId} />
          )}
        </Group>
        {current.lostReason && (
          <Alert color="red" variant="light" mt="md" title={t("deals.lostReason")}>
            {current.lostReason}
          </Alert>
        )}
      </Paper>
      <Grid>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <CustomerHistory customerId={current.customerId} authorName={nameOf} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <DealTodos customerId={current.customerId} dealId={current.id} />
        </Grid.Col>
      </Grid>
      {editing && <DealFormModal opened onClose={close} deal={current} />}
      <MoveDealDialog pending={pending} stageName={stageName} />
    </Stack>
  );
};

export const DealDetail = ({ dealId }: { dealId: string }) => {
  const { t } = useTranslation();
  const { workspaceId } = useCurrentWorkspace();
  const deal = useDeal(workspaceId, dealId);
  return (
    <Loaded state={deal} notFound={t("deals.notFound")}>
      {(current) => <DealSheet deal={current} />}
    </Loaded>
  );
};
