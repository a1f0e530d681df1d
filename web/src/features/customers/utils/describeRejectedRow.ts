import type { TFunction } from "i18next";
import type { RejectedRow } from "@pano/domain";

export const describeRejectedRow = (row: RejectedRow, t: TFunction) =>
  row.problems
    .map((problem) => `${t(`customers.${problem.field}`)}: ${t(problem.message)}`)
    .join("; ");
