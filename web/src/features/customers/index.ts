export { CustomerDetail } from "./components/CustomerDetail";
export { CustomerList } from "./components/CustomerList";
export { CustomerPicker } from "./components/CustomerPicker";
export { useCustomerNames } from "./hooks/useCustomerNames";
