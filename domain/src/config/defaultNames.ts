import { locales, type Locale } from "./locales";

// `former`: default names Pano once gave, still stored in older workspaces and projects.
export type DefaultNames = Record<string, Record<Locale, string> & { former?: string[] }>;

// A default item (stage or column) follows the reader's language until someone renames it: its
// stored name is still the default in one of the languages. The stored name itself never changes.
export const displayNames = <Item extends { id: string; name: string }>(
  defaults: DefaultNames,
  items: Item[],
  locale: Locale,
): Item[] =>
  items.map((item) => {
    const names = defaults[item.id];
    const name = item.name.trim();
    const isDefault =
      names &&
      (locales.some((language) => names[language] === name) || names.former?.includes(name));
    return isDefault ? { ...item, name: names[locale] } : item;
  });
