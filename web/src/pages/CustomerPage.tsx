import { useParams } from "react-router";
import { CustomerDetail } from "@/features/customers";
import { CustomerDeals } from "@/features/deals";
import { CustomerProjects } from "@/features/projects";
import { TodoList } from "@/features/tasks";

export const CustomerPage = () => {
  const { customerId = "" } = useParams();
  return (
    <CustomerDetail
      key={customerId}
      customerId={customerId}
      aside={
        <>
          <CustomerDeals customerId={customerId} />
          <CustomerProjects customerId={customerId} />
          <TodoList customerId={customerId} />
        </>
      }
    />
  );
};
