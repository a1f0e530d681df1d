// Firestore refuses strings with a lone UTF-16 surrogate (half an emoji), and the refused write
// blocks every later write of the client; NFC makes "ş" typed two ways the same stored text.
export const toWellFormedText = (text: string): string => text.toWellFormed().normalize("NFC");

const isPlainObject = (value: object): value is Record<string, unknown> => {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
};

// Every string inside a document to be written, however deep; sentinels, dates and other class
// instances are left as they are.
export const wellFormedDeep = <Value>(value: Value): Value => {
  if (typeof value === "string") return toWellFormedText(value) as Value;
  if (Array.isArray(value)) return value.map(wellFormedDeep) as Value;
  if (value !== null && typeof value === "object" && isPlainObject(value))
    return Object.fromEntries(
      Object.entries(value).map(([key, entry]) => [key, wellFormedDeep(entry)]),
    ) as Value;
  return value;
};

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

// What a person sees as characters: an emoji with its skin tone or a flag stays whole.
export const splitGraphemes = (text: string): string[] =>
  Array.from(graphemes.segment(text), (part) => part.segment);

// Cuts at a character boundary, never inside a surrogate pair or a combined character.
export const truncateText = (text: string, maxLength: number): string => {
  let result = "";
  for (const grapheme of splitGraphemes(text)) {
    if (result.length + grapheme.length > maxLength) break;
    result += grapheme;
  }
  return result;
};
