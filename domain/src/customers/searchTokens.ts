import { foldTurkish } from "../text/foldTurkish";

// Firestore has no substring search. Each customer stores every prefix of every word-suffix of its
// folded name and company ("a şirketi" → "a", "a s", …, "a sirketi", "s", …, "sirketi"), so a
// search is one array-contains query that reads only the matching documents.
export const maxSearchTokenLength = 40;

const wordRunPrefixes = (text: string): string[] => {
  const words = foldTurkish(text).split(" ").filter(Boolean);
  return words.flatMap((_, start) => {
    const run = words.slice(start).join(" ").slice(0, maxSearchTokenLength);
    return Array.from({ length: run.length }, (__, end) => run.slice(0, end + 1)).filter(
      (prefix) => !prefix.endsWith(" "),
    );
  });
};

export const customerSearchTokens = (customer: { name: string; company: string }): string[] => [
  ...new Set([...wordRunPrefixes(customer.name), ...wordRunPrefixes(customer.company)]),
];

// The query side: what the user typed, folded the same way and cut to the stored length.
export const searchTokenFor = (query: string): string | null => {
  const folded = foldTurkish(query).slice(0, maxSearchTokenLength).trimEnd();
  return folded.length > 0 ? folded : null;
};
