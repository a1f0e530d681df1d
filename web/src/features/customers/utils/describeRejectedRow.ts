import type { TFunction } from "i18next";
import type { RejectedRow } from "@pano/domain";
import { translateMessage } from "@/lib/translateMessage";

export const describeRejectedRow = (row: RejectedRow, t: TFunction) =>
  row.problems
    .map((problem) => `${t(`customers.${problem.field}`)}: ${translateMessage(t, problem.message)}`)
    .join("; ");
