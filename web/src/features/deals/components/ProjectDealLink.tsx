import { Anchor, Box, Select, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { canWrite, linkableDeals } from "@pano/domain";
import { notifyError } from "@/lib/notify";
import { routes } from "@/lib/routes";
import { useCurrentWorkspace } from "@/session/useCurrentWorkspace";
import { DetailField } from "@/ui/DetailField";
import { requestProjectLink } from "../data/dealsData";
import { useCustomerDeals, useDeal } from "../hooks/useDeals";

type LinkedProject = { id: string; customerId: string; dealId: string | null };

const LinkedDeal = ({ workspaceId, dealId }: { workspaceId: string; dealId: string }) => {
  const { t } = useTranslation();
  const deal = useDeal(workspaceId, dealId);
  if (deal.status !== "ready") return null;
  return (
    <DetailField label={t("projects.linkedDeal")}>
      {deal.data ? (
        <Anchor component={Link} to={routes.deal(workspaceId, dealId)}>
          {deal.data.title}
        </Anchor>
      ) : (
        t("projects.dealDeleted")
      )}
    </DetailField>
  );
};

// The deal a project belongs to. A project made by hand can be linked to one of its customer's
// deals that have no project: choosing one asks the won-deal function to link them (the same
// request the won dialog makes), so a later win of that deal makes no second project.
export const ProjectDealLink = ({ project }: { project: LinkedProject }) => {
  const { t } = useTranslation();
  const { workspaceId, workspace, role } = useCurrentWorkspace();
  const deals = useCustomerDeals(workspaceId, project.customerId);
  if (project.dealId)
    return (
      <Box mt="md">
        <LinkedDeal workspaceId={workspaceId} dealId={project.dealId} />
      </Box>
    );
  if (deals.status !== "ready") return null;
  const requested = deals.data.find(
    (deal) => deal.projectId === null && deal.linkProjectId === project.id,
  );
  if (requested)
    return (
      <Text size="sm" c="dimmed" mt="md">
        {t("projects.linkingDeal", { title: requested.title })}
      </Text>
    );
  const linkable = linkableDeals(deals.data, workspace.stages);
  if (!canWrite(role) || linkable.length === 0) return null;
  const stageName = (id: string) => workspace.stages.find((stage) => stage.id === id)?.name ?? "";
  return (
    <Select
      mt="md"
      maw={360}
      label={t("projects.linkedDeal")}
      description={t("projects.linkDealHint")}
      placeholder={t("projects.linkDealPlaceholder")}
      data={linkable.map((deal) => ({
        value: deal.id,
        label: `${deal.title} · ${stageName(deal.stage)}`,
      }))}
      value={null}
      onChange={(dealId) => {
        if (dealId) requestProjectLink(workspaceId, dealId, project.id).catch(notifyError);
      }}
    />
  );
};
