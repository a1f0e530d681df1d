// A row's card is made once and kept while the row object lives: the data layer hands back the same
// row for a document a snapshot did not change, so memoized cards skip rendering again.
const cards = new WeakMap<object, object>();

export const boardCards = <Row extends object>(
  rows: Row[],
  columnOf: (row: Row) => string,
): (Row & { column: string })[] =>
  rows.map((row) => {
    const column = columnOf(row);
    const kept = cards.get(row) as (Row & { column: string }) | undefined;
    if (kept?.column === column) return kept;
    const card = { ...row, column };
    cards.set(row, card);
    return card;
  });
