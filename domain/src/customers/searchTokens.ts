import { limits } from "../config/limits";
import { foldTurkish } from "../text/foldTurkish";
import { splitGraphemes, toWellFormedText, truncateText } from "../text/wellFormedText";

// Firestore has no substring search. Each customer stores every prefix of every word-suffix of its
// folded name and company ("a şirketi" → "a", "a s", …, "a sirketi", "s", …, "sirketi"), so a
// search is one array-contains query that reads only the matching documents.
export const maxSearchTokenLength = 40;

// Prefixes end on whole characters: a token cut inside an emoji is a malformed string that
// Firestore refuses.
const prefixes = (run: string): string[] => {
  const characters = splitGraphemes(run);
  return characters
    .map((_, end) => characters.slice(0, end + 1).join(""))
    .filter((prefix) => !prefix.endsWith(" "));
};

const wordRunPrefixes = (text: string): string[] => {
  const words = foldTurkish(toWellFormedText(text)).split(" ").filter(Boolean);
  return words.flatMap((_, start) =>
    prefixes(truncateText(words.slice(start).join(" "), maxSearchTokenLength)),
  );
};

// The rules refuse more than limits.searchTokens tokens; a very long name and company would
// make more, so the ones from the last words of the company go first.
export const customerSearchTokens = (customer: { name: string; company: string }): string[] =>
  [...new Set([...wordRunPrefixes(customer.name), ...wordRunPrefixes(customer.company)])].slice(
    0,
    limits.searchTokens,
  );

// The query side: what the user typed, folded the same way and cut to the stored length.
export const searchTokenFor = (query: string): string | null => {
  const folded = truncateText(foldTurkish(toWellFormedText(query)), maxSearchTokenLength).trimEnd();
  return folded.length > 0 ? folded : null;
};
