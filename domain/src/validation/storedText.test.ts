import { describe, expect, it } from "vitest";
import { stageListSchema } from "../workspaces/editStages";
import { customerInputSchema } from "../customers/customerSchema";
import { dealInputSchema } from "../deals/dealSchema";
import { interactionInputSchema } from "../interactions/interactionSchema";
import { projectInputSchema } from "../projects/projectSchema";
import { taskInputSchema } from "../tasks/taskSchema";
import { workspaceNameSchema } from "../workspaces/workspaceSchema";

// A lone high surrogate (half of 🚀) and a decomposed Ş (S + combining cedilla).
const broken = "🚀 Roket \ud83d S\u0327irket 😀";
const stored = "🚀 Roket \ufffd Şirket 😀";

describe("every text a form stores is well-formed NFC", () => {
  it("customers", () => {
    const customer = customerInputSchema.parse({
      name: broken,
      company: broken,
      title: broken,
      tags: ["I\u0307zmir 🌸"],
      ownerId: "u1",
    });
    expect([customer.name, customer.company, customer.title]).toEqual([stored, stored, stored]);
    expect(customer.tags).toEqual(["İzmir 🌸"]);
  });

  it("deals, projects, tasks and interactions", () => {
    expect(
      dealInputSchema.parse({ title: broken, customerId: "c", value: 1, ownerId: "u" }).title,
    ).toBe(stored);
    expect(projectInputSchema.parse({ name: broken, customerId: "c", ownerId: "u" }).name).toBe(
      stored,
    );
    const task = taskInputSchema.parse({ title: broken, description: broken });
    expect([task.title, task.description]).toEqual([stored, stored]);
    const interaction = interactionInputSchema.parse({
      type: "note",
      subject: broken,
      body: broken,
      occurredAt: new Date(),
    });
    expect([interaction.subject, interaction.body]).toEqual([stored, stored]);
  });

  it("workspace and stage names", () => {
    expect(workspaceNameSchema.parse(broken)).toBe(stored);
    expect(
      stageListSchema.parse([{ id: "s1", name: "Çiçek 🌸 \ud83d", kind: "open" }])[0]?.name,
    ).toBe("Çiçek 🌸 \ufffd");
  });
});
