// Firestore's "in" takes at most 30 values, so a longer list is asked for in chunks.
const inQueryLimit = 30;

export const inQueryChunks = <Value>(values: Value[]): Value[][] =>
  Array.from({ length: Math.ceil(values.length / inQueryLimit) }, (_, index) =>
    values.slice(index * inQueryLimit, (index + 1) * inQueryLimit),
  );
