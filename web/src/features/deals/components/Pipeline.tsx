import { Button, Group, Text } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { canWrite, filterDeals } from "@pano/domain";
import { routes } from "@/lib/routes";
import { useCustomerNames } from "@/lookups/hooks/useCustomerNames";
import { useMemberNames } from "@/lookups/hooks/useMemberNames";
import { useMembers } from "@/lookups/hooks/useMembers";
import { useCurrentWorkspace } from "@/session/useCurrentWorkspace";
import { Loaded } from "@/ui/Loaded";
import { PageHeader } from "@/ui/PageHeader";
import { ViewToggle } from "@/ui/ViewToggle";
import { useDeals } from "../hooks/useDeals";
import { usePipelineView } from "../hooks/usePipelineView";
import { DealFiltersBar } from "./DealFiltersBar";
import { DealFormModal, type AddCustomer } from "./DealFormModal";
import { DealsTable } from "./DealsTable";
import { PipelineBoard } from "./PipelineBoard";

// `addCustomer`: lets a new deal's customer picker add a customer by name.
export const Pipeline = ({ addCustomer }: { addCustomer?: AddCustomer }) => {
  const { t } = useTranslation();
  const { workspaceId, workspace, role } = useCurrentWorkspace();
  const deals = useDeals(workspaceId);
  const members = useMembers(workspaceId);
  const { view, setView, filters, setFilters } = usePipelineView();
  const [adding, setAdding] = useState<string | null>(null);
  const [now] = useState(() => new Date());
  const allDeals = useMemo(() => (deals.status === "ready" ? deals.data : []), [deals]);
  const customerName = useCustomerNames(
    workspaceId,
    useMemo(() => allDeals.map((deal) => deal.customerId), [allDeals]),
  );
  const memberList = members.status === "ready" ? members.data : [];
  const memberName = useMemberNames(workspaceId);
  const ownerName = (uid: string) => memberName(uid) || "…";
  const shown = filterDeals(allDeals, filters, customerName);
  const dealHref = (dealId: string) => routes.deal(workspaceId, dealId);
  const writable = canWrite(role);

  return (
    <>
      <PageHeader
        title={t("nav.pipeline")}
        actions={
          <Group gap="xs">
            <ViewToggle value={view} onChange={setView} />
            {writable && (
              <Button leftSection={<IconPlus size={16} />} onClick={() => setAdding("")}>
                {t("deals.new")}
              </Button>
            )}
          </Group>
        }
      />
      <DealFiltersBar
        workspaceId={workspaceId}
        filters={filters}
        onChange={setFilters}
        owners={memberList.map((member) => ({ value: member.uid, label: member.displayName }))}
      />
      <Loaded state={deals}>
        {() => (
          <>
            {allDeals.length === 0 && (
              <Text c="dimmed" mb="md">
                {t(writable ? "pipeline.emptyWritable" : "pipeline.empty")}
              </Text>
            )}
            {allDeals.length > 0 && shown.length === 0 && (
              <Text c="dimmed" mb="md">
                {t("pipeline.noMatches")}
              </Text>
            )}
            {view === "board" ? (
              <PipelineBoard
                workspaceId={workspaceId}
                stages={workspace.stages}
                deals={shown}
                canWrite={writable}
                customerName={customerName}
                ownerName={ownerName}
                dealHref={dealHref}
                onAdd={setAdding}
                now={now}
              />
            ) : (
              <DealsTable
                deals={shown}
                stages={workspace.stages}
                customerName={customerName}
                ownerName={ownerName}
                dealHref={dealHref}
                customerHref={(customerId) => routes.customer(workspaceId, customerId)}
              />
            )}
          </>
        )}
      </Loaded>
      {adding !== null && (
        <DealFormModal
          opened
          addCustomer={addCustomer}
          onClose={() => setAdding(null)}
          initialStage={adding || undefined}
          initialCustomerId={filters.customerId ?? undefined}
        />
      )}
    </>
  );
};
