export { rebuildReports } from "./callables/rebuildReports";
export { recountProjectCounters } from "./callables/recountProjectCounters";
export { respondToInvite } from "./callables/respondToInvite";
export { transferOwnership } from "./callables/transferOwnership";
export { sendReminders } from "./scheduled/sendReminders";
export { sendHeldPushes } from "./scheduled/sendHeldPushes";
export { foldCounters } from "./scheduled/foldCounters";
export { foldCounterWhenDue } from "./folds/foldCounterWhenDue";
export { onCustomerDeleted } from "./triggers/onCustomerDeleted";
export { onCustomerHandedOver } from "./triggers/onCustomerHandedOver";
export { onDealHandedOver } from "./triggers/onDealHandedOver";
export { onDealWritten } from "./triggers/onDealWritten";
export { onFollowUpReminder } from "./triggers/onFollowUpReminder";
export { onInteractionWritten } from "./triggers/onInteractionWritten";
export { onInviteWritten } from "./triggers/onInviteWritten";
export { onNotificationCreated } from "./triggers/onNotificationCreated";
export { onProjectDeleted } from "./triggers/onProjectDeleted";
export { onProjectWritten } from "./triggers/onProjectWritten";
export { onTaskReminder } from "./triggers/onTaskReminder";
export { onTaskAssigned } from "./triggers/onTaskAssigned";
export { onTaskWritten } from "./triggers/onTaskWritten";
export {
  onDealForReports,
  onInteractionForReports,
  onProjectForReports,
  onTaskForReports,
} from "./triggers/reportTriggers";
export { onStagesForReports } from "./triggers/onStagesForReports";
