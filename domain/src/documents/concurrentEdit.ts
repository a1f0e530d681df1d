// A form edits a document that others may change while it is open. The form keeps the values its
// edit is based on (the base) next to what the person typed (edited) and follows the live
// document: saving writes only the fields the person changed since the base, so nobody else's
// change is put back, and a field both changed is shown before saving rather than overwritten.
export type FieldValues = Record<string, unknown>;

// Form values are text, numbers, booleans, null, dates and lists of those.
export const sameFieldValue = (left: unknown, right: unknown): boolean => {
  if (left instanceof Date && right instanceof Date) return left.getTime() === right.getTime();
  if (Array.isArray(left) && Array.isArray(right)) {
    return (
      left.length === right.length &&
      left.every((item, index) => sameFieldValue(item, right[index]))
    );
  }
  return Object.is(left, right);
};

const keysOf = <Values extends FieldValues>(values: Values) =>
  Object.keys(values) as (keyof Values & string)[];

// The fields whose value differs between the two.
export const changedKeys = <Values extends FieldValues>(original: Values, edited: Values) =>
  keysOf(edited).filter((key) => !sameFieldValue(original[key], edited[key]));

// Only the given fields of a record, for a write that must not touch the others.
export const pickFields = <Values extends FieldValues, Key extends keyof Values>(
  values: Values,
  keys: readonly Key[],
): Partial<Values> =>
  Object.fromEntries(keys.map((key) => [key, values[key]])) as unknown as Partial<Values>;

// What the person changed, with its edited value.
export const changedFields = <Values extends FieldValues>(original: Values, edited: Values) =>
  pickFields(edited, changedKeys(original, edited));

// Fields someone else changed (live differs from the base) that the person changed to another
// value: neither may silently win.
export const editConflicts = <Values extends FieldValues>(
  base: Values,
  edited: Values,
  live: Values,
) =>
  changedKeys(base, live).filter(
    (key) => !sameFieldValue(edited[key], base[key]) && !sameFieldValue(edited[key], live[key]),
  );

export type OpenEdit<Values extends FieldValues> = { base: Values; edited: Values };

// Brings an open edit up to the live document. A field the person left alone takes the live value;
// a field the live document now holds with the person's own value is no longer theirs to write;
// a field both changed differently stays as it is, a conflict until the person chooses.
export const followLive = <Values extends FieldValues>(
  { base, edited }: OpenEdit<Values>,
  live: Values,
): OpenEdit<Values> => {
  const conflicts = new Set(editConflicts(base, edited, live));
  const next = { base: { ...base }, edited: { ...edited } };
  for (const key of changedKeys(base, live)) {
    if (conflicts.has(key)) continue;
    next.base[key] = live[key];
    next.edited[key] = live[key];
  }
  return next;
};

export type ConflictChoice = "mine" | "theirs";

// The person has seen the other value: the base moves to it, so taking theirs writes nothing for
// the field and keeping mine writes it as a deliberate change.
export const resolveConflict = <Values extends FieldValues>(
  { base, edited }: OpenEdit<Values>,
  live: Values,
  key: keyof Values & string,
  choice: ConflictChoice,
): OpenEdit<Values> => ({
  base: { ...base, [key]: live[key] },
  edited: choice === "theirs" ? { ...edited, [key]: live[key] } : edited,
});
