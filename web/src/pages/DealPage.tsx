import { useParams } from "react-router";
import { DealDetail } from "@/features/deals";
import { CustomerHistory } from "@/features/interactions";
import { DealProjectLink } from "@/features/projects";
import { DealTodos } from "@/features/tasks";
import { useCurrentWorkspace } from "@/session/useCurrentWorkspace";

export const DealPage = () => {
  const { dealId = "" } = useParams();
  const { workspaceId } = useCurrentWorkspace();
  return (
    <DealDetail
      key={dealId}
      dealId={dealId}
      projectLink={(deal) =>
        deal.projectId && <DealProjectLink workspaceId={workspaceId} projectId={deal.projectId} />
      }
      history={(deal) => <CustomerHistory customerId={deal.customerId} onAnotherPage />}
      todos={(deal) => <DealTodos customerId={deal.customerId} dealId={deal.id} />}
    />
  );
};
