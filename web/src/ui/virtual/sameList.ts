// Whether two lists hold the same items in the same order, by `same`.
export const sameList = <Item>(
  left: readonly Item[],
  right: readonly Item[],
  same: (left: Item, right: Item) => boolean,
) => {
  if (left === right) return true;
  if (left.length !== right.length) return false;
  for (let index = 0; index < left.length; index += 1) {
    const leftItem = left[index] as Item;
    const rightItem = right[index] as Item;
    if (!same(leftItem, rightItem)) return false;
  }
  return true;
};
