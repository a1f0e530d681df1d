import {
  closingChange,
  customerInputSchema,
  dealInputSchema,
  defaultColumns,
  defaultStages,
  interactionInputSchema,
  newCustomer,
  newDeal,
  newInteraction,
  newMember,
  newProject,
  newTask,
  newWorkspace,
  projectInputSchema,
  taskInputSchema,
  type Currency,
  type InteractionType,
  type Role,
} from "@pano/domain";

// What tests start from, built by the domain's factories like every document the app writes: a
// test names the fields it is about and the forms' defaults fill in the rest. Each is stamped with
// the test machine's clock, which the Admin SDK stores as a timestamp.

export const workspaceDoc = (name: string, createdBy: string) =>
  newWorkspace(name, defaultStages("tr"), createdBy, new Date());

// A person without a display name of their own shows under their e-mail address.
export const memberDoc = (
  person: { uid: string; email: string; displayName?: string },
  role: Role,
) =>
  newMember(
    { uid: person.uid, email: person.email, displayName: person.displayName ?? person.email },
    role,
    new Date(),
  );

export const customerDoc = (name: string, ownerId: string) =>
  newCustomer(customerInputSchema.parse({ name, ownerId }), ownerId, new Date());

export type DealStart = {
  title: string;
  customerId: string;
  ownerId: string;
  stage: string;
  rank?: string;
  value: number;
  currency?: Currency;
};

// A deal its owner put on the pipeline.
export const dealDoc = ({ stage, rank = "a0", ...fields }: DealStart) =>
  newDeal(
    dealInputSchema.parse(fields),
    { stage, rank, lostReason: null },
    closingChange(defaultStages("tr"), undefined, stage),
    fields.ownerId,
    new Date(),
  );

export type ProjectStart = {
  name: string;
  customerId: string;
  ownerId: string;
  dealId?: string | null;
};

// A project under way on the default board: made by its owner (no deal) or already a deal's.
export const projectDoc = ({ dealId = null, ...fields }: ProjectStart) =>
  newProject(
    {
      fields: projectInputSchema.parse({ ...fields, status: "active" }),
      columns: defaultColumns("tr"),
      createdBy: fields.ownerId,
      dealId,
    },
    new Date(),
  );

export type TaskStart = {
  title: string;
  projectId: string | null;
  customerId?: string | null;
  status: string;
  rank?: string;
  assigneeId?: string | null;
  createdBy: string;
};

// A project's task (its status a column of the default board) or a customer's to-do; "done" is
// the done column of one and the done status of the other.
export const taskDoc = ({
  title,
  assigneeId = null,
  createdBy,
  customerId = null,
  rank = "a0",
  ...place
}: TaskStart) =>
  newTask(
    taskInputSchema.parse({ title, assigneeId }),
    { ...place, customerId, dealId: null, rank },
    { createdBy, completed: place.status === "done" },
    new Date(),
  );

export type InteractionStart = {
  customerId: string;
  type: InteractionType;
  subject: string;
  occurredAt: Date;
  followUpAt?: Date | null;
  createdBy: string;
};

export const interactionDoc = ({ customerId, createdBy, ...fields }: InteractionStart) =>
  newInteraction(customerId, interactionInputSchema.parse(fields), createdBy, new Date());
