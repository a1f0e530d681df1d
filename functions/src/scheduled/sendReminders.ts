import { onSchedule } from "firebase-functions/v2/scheduler";
import { functionsRegion, reminderTimeZone } from "@pano/domain";
import { runReminders } from "../reminders/runReminders";

// Cloud Scheduler fires it every 5 minutes; event.scheduleTime (UTC) is the moment it stands for,
// so a retried run sends what was due then and a late one catches up.
export const sendReminders = onSchedule(
  { schedule: "every 5 minutes", timeZone: reminderTimeZone, region: functionsRegion },
  async (event) => {
    await runReminders(new Date(event.scheduleTime));
  },
);
