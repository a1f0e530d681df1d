import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { newActivity } from "../activity/newActivity";
import { counterFoldSchema, newCounterFold } from "../counters/shardedCounter";
import { activitySchema } from "../activity/activitySchema";
import { customerInputSchema, customerSchema } from "../customers/customerSchema";
import { customerEdit, newCustomer } from "../customers/newCustomer";
import { dealInputSchema, dealSchema } from "../deals/dealSchema";
import { dealEdit, dealMove, newDeal } from "../deals/newDeal";
import { interactionInputSchema, interactionSchema } from "../interactions/interactionSchema";
import { newInteraction } from "../interactions/newInteraction";
import { inviteSchema, memberSchema } from "../members/memberSchema";
import { newInvite, newMember } from "../members/newMember";
import { newNotification } from "../notifications/newNotification";
import { notificationSchema } from "../notifications/notificationSchema";
import { defaultColumns } from "../projects/defaultColumns";
import { newProject, projectForWonDeal } from "../projects/newProject";
import { projectInputSchema, projectSchema } from "../projects/projectSchema";
import { followUpReminder } from "../reminders/followUpReminder";
import { newReminderRun } from "../reminders/newReminderRun";
import { reminderRunSchema, reminderSchema } from "../reminders/reminderSchema";
import { taskReminder } from "../reminders/taskReminder";
import { newTask } from "../tasks/newTask";
import { taskInputSchema, taskSchema } from "../tasks/taskSchema";
import { newUserProfile } from "../users/newUserProfile";
import { userProfileSchema } from "../users/userSchema";
import { defaultStages } from "../workspaces/defaultStages";
import { newWorkspace } from "../workspaces/newWorkspace";
import { workspaceSchema } from "../workspaces/workspaceSchema";
import { newProcessedEvent, processedEventSchema } from "./processedEvent";

const now = new Date("2026-11-30T09:00:00Z");

// Every key of the built document is one the schema knows, and the schema accepts its values.
const matches = (schema: z.ZodObject, document: object) =>
  expect(schema.strict().parse(document)).toEqual(document);

describe("document factories", () => {
  const customerFields = customerInputSchema.parse({ name: "Mavi Deniz Turizm", ownerId: "u1" });
  const deal = dealInputSchema.parse({
    title: "Web sitesi",
    customerId: "c1",
    value: 1500,
    ownerId: "u1",
  });

  it("build documents their collection's schema accepts, and nothing more", () => {
    matches(customerSchema, newCustomer(customerFields, "u1", now));
    matches(
      dealSchema,
      newDeal(deal, { stage: "lead", rank: "a0", lostReason: null }, "reopens", "u1", now),
    );
    matches(
      projectSchema,
      newProject(
        {
          fields: projectInputSchema.parse({ name: "Web", customerId: "c1", ownerId: "u1" }),
          columns: defaultColumns("tr"),
          createdBy: "u1",
        },
        now,
      ),
    );
    matches(projectSchema, projectForWonDeal(deal, "d1", defaultColumns("en"), now));
    matches(
      taskSchema,
      newTask(
        taskInputSchema.parse({ title: "Tasarım onayı" }),
        { projectId: "p1", customerId: null, dealId: null, status: "todo", rank: "a0" },
        { createdBy: "u1", completed: false },
        now,
      ),
    );
    matches(
      interactionSchema,
      newInteraction(
        "c1",
        interactionInputSchema.parse({ type: "call", subject: "Arama", occurredAt: now }),
        "u1",
        now,
      ),
    );
    matches(workspaceSchema, newWorkspace("Demo Ajans", defaultStages("tr"), "u1", now));
    const person = { uid: "u1", displayName: "Ayşe", email: "ayse@example.com" };
    matches(memberSchema, newMember(person, "owner", now));
    matches(
      inviteSchema,
      newInvite({ email: "can@example.com", role: "viewer" }, "Demo", person, now),
    );
    matches(userProfileSchema, newUserProfile({ ...person, locale: "tr" }, now));
    const notification = newNotification(
      { type: "deal_won", params: { dealTitle: "Web", projectName: "Web", linked: false } },
      { workspaceId: "w1", link: "/w/w1/projects/p1", inbox: true, pushAt: now },
      now,
    );
    expect(notificationSchema.parse(notification)).toEqual(notification);
    expect(() =>
      notificationSchema.parse({ ...notification, params: { dealTitle: "Web" } }),
    ).toThrow();
    matches(
      activitySchema,
      newActivity({ type: "deal_won", actorId: "u1", dealId: "d1", projectId: "p1" }, now),
    );
    matches(processedEventSchema, newProcessedEvent(now));
    matches(counterFoldSchema, newCounterFold("workspaces/w1/projects/p1", now));
    const taskSource = taskSchema.parse(
      newTask(
        taskInputSchema.parse({ title: "Tasarım onayı", dueAt: new Date("2026-12-01T09:00:00Z") }),
        { projectId: "p1", customerId: null, dealId: null, status: "todo", rank: "a0" },
        { createdBy: "u1", completed: false },
        now,
      ),
    );
    const followUp = { ...taskSource, customerId: "c1", subject: "Teklif", followUpAt: now };
    for (const reminder of [
      taskReminder("w1", "t1", taskSource, undefined, 60),
      followUpReminder(
        "w1",
        "i1",
        { ...followUp, updatedAt: new Date(0) },
        "Mavi Deniz",
        undefined,
      ),
    ]) {
      expect(reminder).not.toBeNull();
      expect(reminderSchema.parse(reminder)).toEqual(reminder);
    }
    matches(
      reminderRunSchema,
      newReminderRun({ scheduleTime: now, due: 1, sent: 1, documentsRead: 5, ms: 12 }),
    );
  });

  it("gives a won deal's project the deal's name, customer and owner", () => {
    const project = projectForWonDeal(deal, "d1", defaultColumns("tr"), now);
    expect(project).toMatchObject({
      name: "Web sitesi",
      customerId: "c1",
      ownerId: "u1",
      createdBy: "u1",
      dealId: "d1",
      status: "planned",
      taskCount: 0,
      doneTaskCount: 0,
    });
  });

  it("stamps completion on a task created done, and not otherwise", () => {
    const placement = {
      projectId: null,
      customerId: "c1",
      dealId: null,
      status: "done",
      rank: "a0",
    };
    const fields = taskInputSchema.parse({ title: "Ara" });
    expect(newTask(fields, placement, { createdBy: "u1", completed: true }, now).completedAt).toBe(
      now,
    );
    expect(
      newTask(fields, placement, { createdBy: "u1", completed: false }, now).completedAt,
    ).toBeNull();
  });

  it("names the writer: the creator on a new record, the editor on every edit and move", () => {
    const placement = { stage: "lead", rank: "a0", lostReason: null };
    expect(newCustomer(customerFields, "u1", now).updatedBy).toBe("u1");
    expect(newDeal(deal, placement, "reopens", "u1", now).updatedBy).toBe("u1");
    expect(
      newTask(
        taskInputSchema.parse({ title: "Ara" }),
        { projectId: null, customerId: "c1", dealId: null, status: "todo", rank: "a0" },
        { createdBy: "u1", completed: false },
        now,
      ).updatedBy,
    ).toBe("u1");
    expect(customerEdit(customerFields, customerFields, "u2", now).updatedBy).toBe("u2");
    expect(dealEdit(deal, "u2", now).updatedBy).toBe("u2");
    expect(dealMove(placement, "keeps", "u2", now, { linkProjectId: null }).updatedBy).toBe("u2");
  });

  it("reads records written before updatedBy existed", () => {
    const older: Record<string, unknown> = {
      ...newDeal(deal, { stage: "lead", rank: "a0", lostReason: null }, "reopens", "u1", now),
    };
    delete older.updatedBy;
    expect(dealSchema.parse(older).updatedBy).toBeNull();
  });

  it("derives a customer's search tokens and sort key from its fields", () => {
    const customer = newCustomer({ ...customerFields, name: "İpek Çiçek" }, "u1", now);
    expect(customer.searchTokens).toContain("ipek");
    expect(customer.nameSort.length).toBeGreaterThan(0);
    expect(customer.lastContactAt).toBeNull();
  });
});
