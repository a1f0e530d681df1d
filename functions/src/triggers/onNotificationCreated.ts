import { onDocumentCreated } from "firebase-functions/v2/firestore";
import { paths } from "@pano/domain";
import { retriedTrigger } from "../lib/retriedTrigger";
import { currentPushSender } from "../push/currentPushSender";
import { deliverPush } from "../push/deliverPush";

// A notification whose push is due now is pushed at once; one held for quiet hours waits for
// sendHeldPushes.
export const onNotificationCreated = onDocumentCreated(
  retriedTrigger(paths.notification("{uid}", "{notificationId}")),
  (event) => deliverPush(event.params.uid, event.params.notificationId, currentPushSender()),
);
