// A document as one write left it, in a form storage keeps and a later page can compare with the
// server's copy: plain values only (a value the server computes, its clock or an increment, is left
// out), times as ISO text. `fields` is null for a deletion; `name` is the item's title or name
// when the write carried it.
export type WrittenValue =
  null | boolean | number | string | WrittenValue[] | { [key: string]: WrittenValue };
export type WrittenFields = Record<string, WrittenValue>;
export type WrittenDocument = { path: string; name: string | null; fields: WrittenFields | null };

export type IsComputed = (value: unknown) => boolean;

const hasToDate = (value: object): value is { toDate: () => Date } =>
  typeof (value as { toDate?: unknown }).toDate === "function";

export const plainValue = (value: unknown, isComputed: IsComputed): WrittenValue | undefined => {
  if (value === undefined || isComputed(value)) return undefined;
  if (value === null || ["boolean", "number", "string"].includes(typeof value))
    return value as WrittenValue;
  if (value instanceof Date) return value.toISOString();
  if (typeof value !== "object") return undefined;
  if (hasToDate(value)) return value.toDate().toISOString();
  if (Array.isArray(value))
    return value.map((item) => plainValue(item, isComputed) ?? null) as WrittenValue[];
  return plainFields(value as Record<string, unknown>, isComputed);
};

export const plainFields = (data: Record<string, unknown>, isComputed: IsComputed): WrittenFields =>
  Object.fromEntries(
    Object.entries(data).flatMap(([key, value]) => {
      const plain = plainValue(value, isComputed);
      return plain === undefined ? [] : [[key, plain]];
    }),
  );

export const writtenDocument = (
  path: string,
  data: Record<string, unknown> | null,
  isComputed: IsComputed,
): WrittenDocument => {
  const fields = data && plainFields(data, isComputed);
  const name = fields?.["title"] ?? fields?.["name"];
  return { path, name: typeof name === "string" ? name : null, fields };
};

// Several waiting writes to one document as the one change they make together, in order.
export const mergeByPath = (documents: WrittenDocument[]): WrittenDocument[] => {
  const merged = new Map<string, WrittenDocument>();
  for (const document of documents) {
    const before = merged.get(document.path);
    merged.set(document.path, {
      path: document.path,
      name: document.name ?? before?.name ?? null,
      fields: document.fields === null ? null : { ...(before?.fields ?? {}), ...document.fields },
    });
  }
  return [...merged.values()];
};

// JSON with sorted keys: the server returns a map's keys in its own order.
const stable = (value: WrittenValue | undefined): string =>
  value === undefined
    ? "undefined"
    : Array.isArray(value)
      ? `[${value.map(stable).join(",")}]`
      : value !== null && typeof value === "object"
        ? `{${Object.keys(value)
            .sort()
            .map((key) => `${JSON.stringify(key)}:${stable(value[key])}`)
            .join(",")}}`
        : JSON.stringify(value);

// An update may name a nested field by its dotted path.
const valueAt = (data: Record<string, unknown>, path: string): unknown =>
  path
    .split(".")
    .reduce<unknown>(
      (node, key) =>
        node !== null && typeof node === "object"
          ? (node as Record<string, unknown>)[key]
          : undefined,
      data,
    );

export type EarlierWriteOutcome = "saved" | "deleted" | "refused" | "overtaken";

// What became of a write an earlier page queued, judged from the server's copy of its document
// now (undefined: there is none). A later change by someone else may have replaced the values:
// that is their change, not a refusal.
export const earlierWriteOutcome = (
  written: WrittenDocument,
  server: Record<string, unknown> | undefined,
  uid: string | null,
): EarlierWriteOutcome => {
  if (written.fields === null) return server === undefined ? "saved" : "refused";
  if (server === undefined) return "deleted";
  const kept = Object.entries(written.fields).every(
    ([path, value]) => stable(plainValue(valueAt(server, path), () => false)) === stable(value),
  );
  if (kept) return "saved";
  const lastWriter = server["updatedBy"];
  return typeof lastWriter === "string" && lastWriter !== uid ? "overtaken" : "refused";
};
