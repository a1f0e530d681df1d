import { Alert, Anchor, Grid, Group, Select } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { canDelete, canWrite, formatDate, formatMoney, type Deal } from "@pano/domain";
import type { Row } from "@/lib/firebase/subscribe";
import { useLocale } from "@/lib/i18n";
import { notifyError, notifySuccess } from "@/lib/notify";
import { routes } from "@/lib/routes";
import { useCustomerNames } from "@/lookups/hooks/useCustomerNames";
import { useMemberNames } from "@/lookups/hooks/useMemberNames";
import { useSignedInUser } from "@/session/useAuth";
import { useCurrentWorkspace } from "@/session/useCurrentWorkspace";
import { DetailField } from "@/ui/DetailField";
import { DetailLayout } from "@/ui/DetailLayout";
import { Loaded } from "@/ui/Loaded";
import { deleteDeal, topOfStage } from "../data/dealsData";
import { useDeal } from "../hooks/useDeals";
import { useDealMove } from "../hooks/useDealMove";
import { DealFormModal } from "./DealFormModal";
import { MoveDealDialog } from "./MoveDealDialog";

type DealSlot = (deal: Row<Deal>) => ReactNode;

// The page composes the other features a deal shows: its project, its customer's history and
// its to-dos.
type DealSlots = {
  projectLink: DealSlot;
  history: DealSlot;
  todos: DealSlot;
};

const DealSheet = ({
  deal: current,
  projectLink,
  history,
  todos,
}: DealSlots & { deal: Row<Deal> }) => {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const user = useSignedInUser();
  const { workspaceId, workspace, role } = useCurrentWorkspace();
  const [editing, { open, close }] = useDisclosure(false);
  const { move, pending } = useDealMove(workspaceId, workspace.stages);
  const customerName = useCustomerNames(workspaceId, [current.customerId]);
  const memberName = useMemberNames(workspaceId);
  const nameOf = (uid: string) => memberName(uid) || "…";
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
    <DetailLayout
      back={{ to: routes.pipeline(workspaceId), label: t("nav.pipeline") }}
      title={current.title}
      subtitle={formatMoney(current.value, current.currency, locale)}
      onEdit={writable ? open : undefined}
      deletion={
        mayDelete
          ? {
              label: t("common.delete"),
              title: t("deals.deleteTitle"),
              message: t("deals.deleteMessage", { title: current.title }),
              onConfirm: () => void handleDelete(),
            }
          : undefined
      }
      fieldColumns={4}
      fields={
        <>
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
        </>
      }
      footer={
        <>
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
            {projectLink(current)}
          </Group>
          {current.lostReason && (
            <Alert color="red" variant="light" mt="md" title={t("deals.lostReason")}>
              {current.lostReason}
            </Alert>
          )}
        </>
      }
    >
      <Grid>
        <Grid.Col span={{ base: 12, md: 8 }}>{history(current)}</Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>{todos(current)}</Grid.Col>
      </Grid>
      {editing && <DealFormModal opened onClose={close} deal={current} />}
      <MoveDealDialog pending={pending} stageName={stageName} />
    </DetailLayout>
  );
};

export const DealDetail = ({ dealId, ...slots }: DealSlots & { dealId: string }) => {
  const { t } = useTranslation();
  const { workspaceId } = useCurrentWorkspace();
  const deal = useDeal(workspaceId, dealId);
  return (
    <Loaded state={deal} notFound={t("deals.notFound")}>
      {(current) => <DealSheet deal={current} {...slots} />}
    </Loaded>
  );
};
