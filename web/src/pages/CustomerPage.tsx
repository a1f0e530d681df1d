import { useParams } from "react-router";
import { CustomerDetail } from "@/features/customers";
import { CustomerDeals } from "@/features/deals";
import { CustomerHistory } from "@/features/interactions";
import { CustomerProjects, useProjects } from "@/features/projects";
import { CustomerTasks } from "@/features/tasks";
import { useCurrentWorkspace } from "@/session/useCurrentWorkspace";

export const CustomerPage = () => {
  const { customerId = "" } = useParams();
  const { workspaceId } = useCurrentWorkspace();
  const projects = useProjects(workspaceId);
  return (
    <CustomerDetail
      key={customerId}
      customerId={customerId}
      history={<CustomerHistory customerId={customerId} />}
      aside={
        <>
          <CustomerDeals customerId={customerId} />
          <CustomerProjects customerId={customerId} />
          <CustomerTasks
            customerId={customerId}
            projects={
              projects.status === "loading"
                ? null
                : projects.status === "ready"
                  ? projects.data
                  : []
            }
          />
        </>
      }
    />
  );
};
