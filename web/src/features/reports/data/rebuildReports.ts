import { httpsCallable } from "firebase/functions";
import type {
  RebuildCursor,
  RebuildReportsRequest,
  RebuildReportsResult,
  RebuildStep,
} from "@pano/domain";
import { functions } from "@/lib/firebase/functions";

const rebuildReportsCallable = httpsCallable<RebuildReportsRequest, RebuildReportsResult>(
  functions,
  "rebuildReports",
  // A call may take its function's whole 540 s.
  { timeout: 560_000 },
);

export type RebuildTotals = { documentsRead: number; ms: number };

// Calls the rebuild again from where each call stopped until it is done, saying which step it
// has reached.
export const rebuildReports = async (
  workspaceId: string,
  onStep: (step: RebuildStep) => void,
): Promise<RebuildTotals> => {
  const totals = { documentsRead: 0, ms: 0 };
  let resume: RebuildCursor | null = null;
  do {
    const { data }: { data: RebuildReportsResult } = await rebuildReportsCallable({
      workspaceId,
      resume,
    });
    totals.documentsRead += data.documentsRead;
    totals.ms += data.ms;
    resume = data.resume;
    if (resume) onStep(resume.step);
  } while (resume);
  return totals;
};
