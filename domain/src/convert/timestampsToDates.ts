type TimestampLike = { toDate: () => Date };

// The web SDK and the Admin SDK each have their own Timestamp class; each side passes its own
// check, so the domain stays free of Firebase and sees plain Dates.
export const timestampsToDates = (
  value: unknown,
  isTimestamp: (candidate: object) => candidate is TimestampLike,
): unknown => {
  if (value === null || typeof value !== "object") return value;
  if (isTimestamp(value)) return value.toDate();
  if (Array.isArray(value)) return value.map((item) => timestampsToDates(item, isTimestamp));
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [key, timestampsToDates(inner, isTimestamp)]),
  );
};
