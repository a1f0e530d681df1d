import type { Locale } from "../config/locales";
import { formatDate, formatDateTime, formatDuration, formatMoney } from "../format/formatters";
import type { NotificationContent, NotificationType } from "./notificationSchema";

export type NotificationText = { title: string; body: string };

const titles: Record<NotificationType, Record<Locale, string>> = {
  task_due_soon: { tr: "Teslim yaklaşıyor", en: "Due soon" },
  task_overdue: { tr: "Teslim tarihi geçti", en: "Overdue" },
  follow_up_due: { tr: "Takip zamanı", en: "Time to follow up" },
  task_assigned: { tr: "Size görev atandı", en: "Task assigned to you" },
  customer_assigned: { tr: "Müşteri size devredildi", en: "Customer handed to you" },
  deal_assigned: { tr: "Anlaşma size devredildi", en: "Deal handed to you" },
  deal_won: { tr: "Anlaşma kazanıldı", en: "Deal won" },
  deal_linked: { tr: "Anlaşma projeye bağlandı", en: "Deal linked to a project" },
  workspace_invite: { tr: "Çalışma alanı daveti", en: "Workspace invitation" },
};

const quoted = (value: string) => `“${value}”`;

// One sentence per type and language. `createdAt` anchors "due in 1 hour" to when the reminder
// was made, so an old one in the inbox still reads true; dates are in the reader's time zone.
const bodies = (
  content: NotificationContent,
  createdAt: Date,
  timeZone: string | undefined,
): Record<Locale, string> => {
  const when = (date: Date, dateOnly: boolean, locale: Locale) =>
    dateOnly ? formatDate(date, locale, timeZone) : formatDateTime(date, locale, timeZone);
  switch (content.type) {
    case "task_due_soon": {
      const { taskTitle, dueAt, dateOnly } = content.params;
      const minutes = Math.max(1, Math.round((dueAt.getTime() - createdAt.getTime()) / 60000));
      return dateOnly
        ? { tr: `${quoted(taskTitle)} bugün teslim`, en: `${quoted(taskTitle)} is due today` }
        : {
            tr: `${quoted(taskTitle)} ${formatDuration(minutes, "tr")} içinde teslim (${when(dueAt, false, "tr")})`,
            en: `${quoted(taskTitle)} is due in ${formatDuration(minutes, "en")} (${when(dueAt, false, "en")})`,
          };
    }
    case "task_overdue": {
      const { taskTitle, dueAt, dateOnly } = content.params;
      return {
        tr: `${quoted(taskTitle)} gecikti: teslim ${when(dueAt, dateOnly, "tr")} idi`,
        en: `${quoted(taskTitle)} is overdue: it was due ${when(dueAt, dateOnly, "en")}`,
      };
    }
    case "follow_up_due": {
      const { customerName, subject } = content.params;
      return {
        tr: `${customerName} ile ${quoted(subject)} için takip zamanı`,
        en: `Follow up with ${customerName} on ${quoted(subject)}`,
      };
    }
    case "task_assigned": {
      const { taskTitle, actorName, dueAt } = content.params;
      return {
        tr: `${actorName} size ${quoted(taskTitle)} görevini atadı${dueAt ? ` (teslim ${when(dueAt, false, "tr")})` : ""}`,
        en: `${actorName} assigned ${quoted(taskTitle)} to you${dueAt ? ` (due ${when(dueAt, false, "en")})` : ""}`,
      };
    }
    case "customer_assigned": {
      const { customerName, actorName } = content.params;
      return {
        tr: `${actorName}, ${quoted(customerName)} müşterisini size devretti`,
        en: `${actorName} handed the customer ${quoted(customerName)} to you`,
      };
    }
    case "deal_assigned": {
      const { dealTitle, actorName, value, currency } = content.params;
      return {
        tr: `${actorName}, ${quoted(dealTitle)} anlaşmasını (${formatMoney(value, currency, "tr")}) size devretti`,
        en: `${actorName} handed the deal ${quoted(dealTitle)} (${formatMoney(value, currency, "en")}) to you`,
      };
    }
    case "deal_won": {
      const { dealTitle, projectName, linked } = content.params;
      return linked
        ? {
            tr: `${quoted(dealTitle)} kazanıldı ve ${quoted(projectName)} projesine bağlandı.`,
            en: `${quoted(dealTitle)} was won and linked to the project ${quoted(projectName)}.`,
          }
        : {
            tr: `${quoted(dealTitle)} kazanıldı; projesi oluşturuldu.`,
            en: `${quoted(dealTitle)} was won; its project was created.`,
          };
    }
    case "deal_linked": {
      const { dealTitle, projectName } = content.params;
      return {
        tr: `${quoted(dealTitle)}, ${quoted(projectName)} projesine bağlandı.`,
        en: `${quoted(dealTitle)} was linked to the project ${quoted(projectName)}.`,
      };
    }
    case "workspace_invite": {
      const { workspaceName, actorName } = content.params;
      return {
        tr: `${actorName} sizi ${quoted(workspaceName)} çalışma alanına davet etti`,
        en: `${actorName} invited you to the workspace ${quoted(workspaceName)}`,
      };
    }
  }
};

export const notificationText = (
  notification: NotificationContent & { createdAt: Date },
  locale: Locale,
  timeZone?: string,
): NotificationText => ({
  title: titles[notification.type][locale],
  body: bodies(notification, notification.createdAt, timeZone)[locale],
});
