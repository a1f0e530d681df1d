import { describe, expect, it } from "vitest";
import { notificationTypes, type NotificationContent } from "./notificationSchema";
import { notificationText } from "./notificationText";

const createdAt = new Date("2026-11-30T10:00:00Z"); // 13:00 in Istanbul
const istanbul = "Europe/Istanbul";

const samples: NotificationContent[] = [
  {
    type: "task_due_soon",
    params: {
      taskTitle: "Tasarım onayı",
      dueAt: new Date("2026-11-30T11:00:00Z"),
      dateOnly: false,
    },
  },
  {
    type: "task_overdue",
    params: {
      taskTitle: "Tasarım onayı",
      dueAt: new Date("2026-11-30T11:00:00Z"),
      dateOnly: false,
    },
  },
  {
    type: "follow_up_due",
    params: { customerName: "Mavi Deniz Turizm", subject: "Teklif", followUpAt: createdAt },
  },
  { type: "task_assigned", params: { taskTitle: "Logo", actorName: "Ayşe", dueAt: null } },
  { type: "customer_assigned", params: { customerName: "İpek Tekstil", actorName: "Ayşe" } },
  {
    type: "deal_assigned",
    params: { dealTitle: "Web sitesi", actorName: "Ayşe", value: 45000.5, currency: "TRY" },
  },
  { type: "deal_won", params: { dealTitle: "Web sitesi", projectName: "Web", linked: true } },
  { type: "deal_linked", params: { dealTitle: "Web sitesi", projectName: "Web" } },
  { type: "workspace_invite", params: { workspaceName: "Demo Ajans", actorName: "Ayşe" } },
];

describe("notificationText", () => {
  it("has a title and a sentence for every type in both languages", () => {
    expect(samples.map((sample) => sample.type)).toEqual([...notificationTypes]);
    for (const sample of samples)
      for (const locale of ["tr", "en"] as const) {
        const text = notificationText({ ...sample, createdAt }, locale, istanbul);
        expect(text.title.length).toBeGreaterThan(0);
        expect(text.body.length).toBeGreaterThan(0);
      }
  });

  it("says when a task is due in the reader's language and time zone", () => {
    const dueSoon = { ...samples[0]!, createdAt };
    expect(notificationText(dueSoon, "tr", istanbul).body).toBe(
      "“Tasarım onayı” 1 saat içinde teslim (30 Kas 2026 14:00)",
    );
    expect(notificationText(dueSoon, "en", istanbul).body).toBe(
      "“Tasarım onayı” is due in 1 hour (30 Nov 2026, 14:00)",
    );
  });

  it("formats amounts the Turkish way with ₺", () => {
    const handed = { ...samples[5]!, createdAt };
    expect(notificationText(handed, "tr", istanbul).body).toBe(
      "Ayşe, “Web sitesi” anlaşmasını (₺45.000,50) size devretti",
    );
    expect(notificationText(handed, "en", istanbul).body).toContain("(₺45,000.50)");
  });

  it("says a date-only deadline is due today", () => {
    const dateOnly: NotificationContent = {
      type: "task_due_soon",
      params: { taskTitle: "Rapor", dueAt: new Date("2026-11-29T21:00:00Z"), dateOnly: true },
    };
    expect(notificationText({ ...dateOnly, createdAt }, "tr", istanbul).body).toBe(
      "“Rapor” bugün teslim",
    );
  });
});
