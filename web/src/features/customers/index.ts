export { CustomerDetail } from "./components/CustomerDetail";
export { CustomerList } from "./components/CustomerList";
export { createCustomerNamed } from "./data/customersData";
