import type { DocumentWrite, WriteTime } from "../documents/documentWrite";
import type { Deal } from "../deals/dealSchema";
import { columnFields, type BoardColumn, type Project, type ProjectFields } from "./projectSchema";

type ProjectStart = {
  fields: ProjectFields;
  columns: BoardColumn[];
  createdBy: string;
  dealId?: string | null;
};

// The task counters start at zero and are the functions' from then on.
export const newProject = (
  { fields, columns, createdBy, dealId = null }: ProjectStart,
  now: WriteTime,
): DocumentWrite<Project> => ({
  ...fields,
  ...columnFields(columns),
  dealId,
  taskCount: 0,
  doneTaskCount: 0,
  createdBy,
  createdAt: now,
  updatedAt: now,
});

// A won deal's own project: named after the deal, for its customer, owned and created by the
// deal's owner (the person who sold it), planned, with the default board.
export const projectForWonDeal = (
  deal: Pick<Deal, "title" | "customerId" | "ownerId">,
  dealId: string,
  columns: BoardColumn[],
  now: WriteTime,
): DocumentWrite<Project> =>
  newProject(
    {
      fields: {
        name: deal.title,
        customerId: deal.customerId,
        status: "planned",
        dueAt: null,
        ownerId: deal.ownerId,
      },
      columns,
      createdBy: deal.ownerId,
      dealId,
    },
    now,
  );
