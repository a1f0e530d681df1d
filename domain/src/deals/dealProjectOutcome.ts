// What the won-deal function does for a deal, from what its transaction read:
// - "link": the deal asked to be linked to a project of its customer that has no deal yet;
// - "adopt": the deal is won and its own `deal-<id>` project is there but not yet noted on it;
// - "create": the deal is won and has no project: create `deal-<id>`;
// - "none": the deal is gone, already has its project (even a deleted one), or is open with no
//   link that can be made.
// A requested project that another deal took meanwhile (or that is gone) is not linked: a won
// deal then gets its own new project, so winning always ends with exactly one project.
export type DealProjectOutcome = "none" | "link" | "adopt" | "create";

type DealState = { customerId: string; projectId: string | null; linkProjectId: string | null };
type RequestedProject = { customerId: string; dealId: string | null };

export const dealProjectOutcome = (input: {
  deal: DealState | null;
  won: boolean;
  requested: RequestedProject | null;
  ownProjectExists: boolean;
}): DealProjectOutcome => {
  const { deal, won, requested, ownProjectExists } = input;
  if (!deal || deal.projectId) return "none";
  if (
    deal.linkProjectId &&
    requested &&
    requested.dealId === null &&
    requested.customerId === deal.customerId
  )
    return "link";
  if (!won) return "none";
  return ownProjectExists ? "adopt" : "create";
};

// Whether a deal write could lead to a project at all, from the written deal alone: most writes
// are moves between open stages, and they should not take the transaction (and its lock on the
// deal, which holds back the next person's move of it) that settles a project.
export const mayGetProject = (
  deal: Pick<DealState, "projectId" | "linkProjectId">,
  won: boolean,
): boolean => deal.projectId === null && (won || deal.linkProjectId !== null);
