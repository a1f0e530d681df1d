export { recountProjectCounters } from "./callables/recountProjectCounters";
export { respondToInvite } from "./callables/respondToInvite";
export { transferOwnership } from "./callables/transferOwnership";
export { onCustomerDeleted } from "./triggers/onCustomerDeleted";
export { onDealWritten } from "./triggers/onDealWritten";
export { onInteractionWritten } from "./triggers/onInteractionWritten";
export { onProjectWritten } from "./triggers/onProjectWritten";
export { onTaskWritten } from "./triggers/onTaskWritten";
