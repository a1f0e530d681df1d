import type { Locale } from "../config/locales";
import type { BoardColumn } from "./projectSchema";
import { displayNames } from "../config/defaultNames";

const columnNames: Record<
  string,
  { kind: BoardColumn["kind"]; tr: string; en: string; former?: string[] }
> = {
  todo: { kind: "open", tr: "Yapılacak", en: "To do" },
  in_progress: { kind: "open", tr: "Devam ediyor", en: "In progress", former: ["Devam Ediyor"] },
  review: { kind: "open", tr: "İncelemede", en: "In review" },
  done: { kind: "done", tr: "Tamamlandı", en: "Done" },
};

export const defaultColumns = (locale: Locale): BoardColumn[] =>
  Object.entries(columnNames).map(([id, column]) => ({
    id,
    kind: column.kind,
    name: column[locale],
  }));

export const columnsIn = (columns: BoardColumn[], locale: Locale): BoardColumn[] =>
  displayNames(columnNames, columns, locale);
