export { CustomerDeals } from "./components/CustomerDeals";
export { DealDetail } from "./components/DealDetail";
export { Pipeline } from "./components/Pipeline";
export { StageEditor } from "./components/StageEditor";
export { ProjectDealLink } from "./components/ProjectDealLink";
