import { useParams } from "react-router";
import { CustomerDetail } from "@/features/customers";

export const CustomerPage = () => {
  const { customerId = "" } = useParams();
  return <CustomerDetail key={customerId} customerId={customerId} />;
};
