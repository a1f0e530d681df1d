export { CustomerDetail } from "./components/CustomerDetail";
export { CustomerList } from "./components/CustomerList";
