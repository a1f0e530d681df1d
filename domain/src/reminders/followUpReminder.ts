import type { DocumentWrite } from "../documents/documentWrite";
import { interactionSchema, type Interaction } from "../interactions/interactionSchema";
import { keptStep, type ReminderTarget } from "./pendingReminder";
import type { Reminder } from "./reminderSchema";
import { firstFollowUpStep } from "./reminderTiming";

export const followUpReminderId = (interactionId: string) => `followup-${interactionId}`;

// The part of an interaction its follow-up reminder depends on.
export const followUpSourceSchema = interactionSchema.pick({
  customerId: true,
  subject: true,
  followUpAt: true,
  createdBy: true,
  updatedAt: true,
});
export type FollowUpSource = Pick<Interaction, keyof typeof followUpSourceSchema.shape>;

// A follow-up reminds the person who logged the interaction.
export const followUpReminderTarget = (
  interaction: Pick<Interaction, "followUpAt" | "createdBy">,
): ReminderTarget | null =>
  interaction.followUpAt
    ? { recipientId: interaction.createdBy, about: interaction.followUpAt }
    : null;

export const followUpReminderAffected = (before?: FollowUpSource, after?: FollowUpSource) => {
  const key = (interaction?: FollowUpSource) =>
    interaction?.followUpAt ? JSON.stringify({ ...interaction, updatedAt: null }) : null;
  return key(before) !== key(after);
};

// The reminder an interaction's follow-up should have, given the one it has (null: none). The
// customer's name is the one it has when the follow-up is set.
export const followUpReminder = (
  workspaceId: string,
  interactionId: string,
  interaction: FollowUpSource,
  customerName: string,
  existing: Reminder | undefined,
): DocumentWrite<Reminder> | null => {
  const target = followUpReminderTarget(interaction);
  if (!target) return null;
  const step =
    keptStep(existing, ["follow_up_due"] as const, target) ??
    firstFollowUpStep(target.about, interaction.updatedAt);
  if (!step) return null;
  return {
    kind: step.kind,
    at: step.at,
    params: { customerName, subject: interaction.subject, followUpAt: target.about },
    workspaceId,
    itemId: interactionId,
    recipientId: target.recipientId,
    link: `/w/${workspaceId}/customers/${interaction.customerId}`,
  };
};
