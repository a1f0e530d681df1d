// Who made a write: the writer the client named (the rules hold it to its own uid), or for a
// record written before updatedBy existed, its creator.
export const writeActor = (record: { createdBy: string; updatedBy: string | null }) =>
  record.updatedBy ?? record.createdBy;

// Who a write hands a record to: its new assignee or owner, unless the write left nobody holding
// it, left the holder as it was, or the holder made the change themselves (nobody is told about
// their own doing). A new record has no holder before.
export const handoverRecipient = (
  before: string | null | undefined,
  after: string | null,
  actor: string,
): string | null => (after !== null && after !== before && after !== actor ? after : null);

// One notification per event: a redelivered event builds the same id (the write's own time is
// part of it), so the notification is written once; a later handover of the same record is a
// new write with a new time and gets its own.
export const eventNotificationId = (event: {
  type: string;
  workspaceId: string;
  subjectId: string;
  recipient: string;
  at: Date;
}) =>
  [event.type, event.workspaceId, event.subjectId, event.recipient, event.at.getTime()].join("-");
