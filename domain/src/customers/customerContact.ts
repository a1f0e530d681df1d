import type { Interaction } from "../interactions/interactionSchema";

export type CustomerContact = { lastContactAt: Date | null; openFollowUpAt: Date | null };

// What the interactions function keeps on a customer, worked out from all of its interactions at
// once: the last contact is the latest occurredAt, and a follow-up stays open until an interaction
// occurs after it was set for, so the open ones are those later than the last contact. The
// earliest of them is the one to act on first.
export const customerContact = (
  interactions: readonly Pick<Interaction, "occurredAt" | "followUpAt">[],
): CustomerContact => {
  const lastContact = Math.max(...interactions.map(({ occurredAt }) => occurredAt.getTime()));
  if (!Number.isFinite(lastContact)) return { lastContactAt: null, openFollowUpAt: null };
  const open = interactions.flatMap(({ followUpAt }) =>
    followUpAt && followUpAt.getTime() > lastContact ? [followUpAt.getTime()] : [],
  );
  return {
    lastContactAt: new Date(lastContact),
    openFollowUpAt: open.length > 0 ? new Date(Math.min(...open)) : null,
  };
};
