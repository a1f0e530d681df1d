// Each SDK has its own sentinels (the server's clock, "delete this field"); the web and the
// functions each turn theirs into these brands in one place, so a write is checked against the
// document's schema on both sides while the domain stays free of SDKs.
declare const serverTimeBrand: unique symbol;
export type ServerTime = { readonly [serverTimeBrand]: true };

declare const deleteFieldBrand: unique symbol;
export type DeleteField = { readonly [deleteFieldBrand]: true };

// A timestamp field may be written as the server's clock; every other field as its schema says.
type Written<Value> = Value extends Date ? Date | ServerTime : Value;

// A whole stored document as written.
export type DocumentWrite<Doc> = { [Key in keyof Doc]-?: Written<Doc[Key]> };

// Some of a document's fields; a field the schema makes optional may also be deleted.
export type DocumentUpdate<Doc> = {
  [Key in keyof Doc]?: Written<Doc[Key]> | (undefined extends Doc[Key] ? DeleteField : never);
};

// When a document is written: the server's clock, or a given time (seed data, tests).
export type WriteTime = ServerTime | Date;
