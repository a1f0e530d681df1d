import { CustomerList } from "@/features/customers";

export const CustomersPage = () => <CustomerList />;
