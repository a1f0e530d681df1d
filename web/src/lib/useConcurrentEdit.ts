import type { UseFormReturnType } from "@mantine/form";
import { useEffect, useState } from "react";
import {
  changedFields,
  changedKeys,
  editConflicts,
  followLive,
  resolveConflict,
  type ConflictChoice,
  type FieldValues,
} from "@pano/domain";

// An edit form on a document others may change while it is open (live: the document as the page
// sees it now, in the form's shape; undefined for a new record). The form follows the live
// document in every field the person left alone, names the fields both changed, and tells which
// fields the save may write. While the document carries this page's own unconfirmed write
// (pending), it is not followed: that is the save itself, which the server may still refuse, and
// the form must keep what was typed until it knows.
export const useConcurrentEdit = <Values extends FieldValues>(
  form: UseFormReturnType<Values>,
  live: Values | undefined,
  pending = false,
) => {
  // A snapshot arrives as a new object even when nothing changed; its content is what matters.
  const content = JSON.stringify(live);
  // base: the values the edit is based on; follow: live values for the fields left alone, for the
  // form to take.
  const [tracked, setTracked] = useState({ content, base: live, follow: {} as Partial<Values> });
  if (live && tracked.base && !pending && tracked.content !== content) {
    const next = followLive({ base: tracked.base, edited: form.values }, live);
    setTracked({ content, base: next.base, follow: changedFields(form.values, next.edited) });
  }

  useEffect(() => {
    if (Object.keys(tracked.follow).length > 0) form.setValues(tracked.follow);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [tracked.follow]);

  const conflicts =
    live && tracked.base && !pending ? editConflicts(tracked.base, form.values, live) : [];

  const resolve = (key: keyof Values & string, choice: ConflictChoice) => {
    if (!live || !tracked.base || pending) return;
    const next = resolveConflict({ base: tracked.base, edited: form.values }, live, key, choice);
    setTracked({ ...tracked, base: next.base, follow: {} });
    if (choice === "theirs") form.setFieldValue(key, next.edited[key] as never);
  };

  // The fields the person changed, the ones a save writes.
  const changed = (): (keyof Values & string)[] =>
    tracked.base ? changedKeys(tracked.base, form.getValues()) : [];

  // Whether closing now would lose typing: the fields changed from the live document, or for a
  // new record anything changed from the form's start.
  const hasChanges = () => (tracked.base ? changed().length > 0 : form.isDirty());

  return { conflicts, resolve, changed, hasChanges };
};
