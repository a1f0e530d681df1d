export { respondToInvite } from "./callables/respondToInvite";
export { transferOwnership } from "./callables/transferOwnership";
export { onCustomerDeleted } from "./triggers/onCustomerDeleted";
export { onInteractionWritten } from "./triggers/onInteractionWritten";
export { onDealWritten } from "./triggers/onDealWritten";
