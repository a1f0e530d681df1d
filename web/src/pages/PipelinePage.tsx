import { createCustomerNamed } from "@/features/customers";
import { Pipeline } from "@/features/deals";

export const PipelinePage = () => <Pipeline addCustomer={createCustomerNamed} />;
