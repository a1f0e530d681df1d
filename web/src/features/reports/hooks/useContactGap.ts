import { useEffect, useState } from "react";
import { countContactGap, type ContactGap } from "../data/contactGap";

// Counted when the report opens and again whenever its stats change (a logged interaction moves
// a month's stats, so the counts follow it); null until the first answer or after a failure,
// which leaves the rest of the report standing.
export const useContactGap = (workspaceId: string, statsVersion: unknown) => {
  const [gap, setGap] = useState<ContactGap | null>(null);
  useEffect(() => {
    let current = true;
    countContactGap(workspaceId, new Date()).then(
      (counts) => current && setGap(counts),
      () => current && setGap(null),
    );
    return () => {
      current = false;
    };
  }, [workspaceId, statsVersion]);
  return gap;
};
