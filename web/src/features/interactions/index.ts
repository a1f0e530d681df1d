export { CustomerHistory } from "./components/CustomerHistory";
