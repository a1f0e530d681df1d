import type { UseFormReturnType } from "@mantine/form";
import { useEffect, useState } from "react";
import {
  changedKeys,
  editConflicts,
  followLive,
  pickFields,
  resolveConflict,
  type ConflictChoice,
  type FieldValues,
} from "@pano/domain";

// An edit form on a document others may change while it is open (live: the document as the page
// sees it now, in the form's shape; undefined for a new record). The form follows the live
// document in every field the person left alone, names the fields both changed, and tells which
// fields the save may write.
export const useConcurrentEdit = <Values extends FieldValues>(
  form: UseFormReturnType<Values>,
  live: Values | undefined,
) => {
  const [base, setBase] = useState(live);
  // A snapshot arrives as a new object even when nothing changed; its content is what matters.
  const liveContent = JSON.stringify(live);

  useEffect(() => {
    if (!live || !base) return;
    const edited = form.getValues();
    const next = followLive({ base, edited }, live);
    setBase(next.base);
    const followed = changedKeys(edited, next.edited);
    if (followed.length > 0) form.setValues(pickFields(next.edited, followed));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [liveContent]);

  const conflicts = live && base ? editConflicts(base, form.values, live) : [];

  const resolve = (key: keyof Values & string, choice: ConflictChoice) => {
    if (!live || !base) return;
    const next = resolveConflict({ base, edited: form.getValues() }, live, key, choice);
    setBase(next.base);
    if (choice === "theirs") form.setFieldValue(key, next.edited[key] as never);
  };

  // The fields the person changed, the ones a save writes.
  const changed = (): (keyof Values & string)[] =>
    base ? changedKeys(base, form.getValues()) : [];

  return { conflicts, resolve, changed };
};
