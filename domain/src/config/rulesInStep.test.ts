import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { maxSearchTokenLength } from "../customers/searchTokens";
import { assignableRoles } from "../members/roles";
import { currencies } from "../deals/dealSchema";
import { interactionTypes } from "../interactions/interactionSchema";
import { quietHoursSchema, reminderLeadOptions } from "../notifications/notificationPreferences";
import { notificationTypes } from "../notifications/notificationSchema";
import { columnKinds, projectStatuses } from "../projects/projectSchema";
import { taskPriorities, todoStatuses } from "../tasks/taskSchema";
import { devicePlatforms } from "../users/userSchema";
import { stageKinds } from "../workspaces/workspaceSchema";
import { limits } from "./limits";
import { locales } from "./locales";

// firestore.rules cannot import the domain's numbers and lists, so they are written twice; this
// reads the rules and fails the moment the two disagree.
const rules = readFileSync(new URL("../../../firestore.rules", import.meta.url), "utf8");

// The text of one match block, up to the next match block.
const block = (collection: string) => {
  const start = rules.indexOf(`match /${collection}/{`);
  if (start < 0) throw new Error(`firestore.rules has no match block for ${collection}`);
  const next = rules.indexOf("match /", start + 1);
  return rules.slice(start, next < 0 ? undefined : next);
};

const textBounds = (collection: string, field: string) => {
  const match = new RegExp(`text\\(incoming\\(\\)\\.${field}, (\\d+), (\\d+)\\)`).exec(
    block(collection),
  );
  if (!match) throw new Error(`no text() bound for ${collection}.${field}`);
  return Number(match[2]);
};

const listIn = (text: string, before: string) => {
  const match = new RegExp(`${before.replace(/[().]/g, "\\$&")} in \\[([^\\]]*)\\]`).exec(text);
  if (!match?.[1]) throw new Error(`no list after ${before}`);
  return [...match[1].matchAll(/'([^']*)'/g)].map((item) => item[1]);
};

describe("firestore.rules and the domain agree", () => {
  it.each([
    ["users", "displayName", limits.displayName],
    ["devices", "token", limits.deviceToken],
    ["workspaces", "name", limits.workspaceName],
    ["members", "displayName", limits.displayName],
    ["invites", "workspaceName", limits.workspaceName],
    ["invites", "invitedByName", limits.displayName],
    ["customers", "name", limits.customerName],
    ["customers", "company", limits.customerText],
    ["customers", "title", limits.customerText],
    ["customers", "phone", limits.phone],
    ["deals", "title", limits.dealTitle],
    ["deals", "lostReason", limits.lostReason],
    ["projects", "name", limits.projectName],
    ["tasks", "title", limits.taskTitle],
    ["tasks", "description", limits.body],
    ["interactions", "subject", limits.subject],
    ["interactions", "body", limits.body],
  ])("%s.%s is at most %i characters", (collection, field, limit) => {
    expect(textBounds(collection, field)).toBe(limit);
  });

  it("bounds e-mails, tags, search tokens, stages, columns and durations alike", () => {
    expect(rules).toContain(`return text(value, 3, ${limits.email})`);
    expect(block("customers")).toContain(
      `stringList(incoming().tags, ${limits.tags}, '^([^\\u0001]{1,${limits.tag}}\\u0001)*[^\\u0001]{1,${limits.tag}}$')`,
    );
    expect(block("customers")).toContain(
      `stringList(incoming().searchTokens, ${limits.searchTokens}, '^([^\\u0001]{1,${maxSearchTokenLength}}\\u0001)*[^\\u0001]{1,${maxSearchTokenLength}}$')`,
    );
    expect(block("workspaces")).toContain(
      `namedList(incoming().stages, incoming().stageIds, 1, ${limits.stages},`,
    );
    expect(block("projects")).toContain(
      `namedList(incoming().columns, incoming().columnIds, 2, ${limits.columns},`,
    );
    expect(limits.stageName).toBe(limits.columnName);
    expect(rules).toContain(`entry.name.matches('^.{1,${limits.stageName}}$')`);
    const entries = /namedEntryAt\(entries, ids, (\d+), kinds\);/.exec(rules)?.[1];
    expect(Number(entries) + 1).toBe(Math.max(limits.stages, limits.columns));
    expect(block("interactions")).toContain(
      `incoming().durationMinutes <= ${limits.durationMinutes}`,
    );
  });

  it("checks notification settings against the same types, lead times and bounds", () => {
    const preferences = block("preferences");
    const types = /let types = \[([^\]]*)\]/.exec(preferences)?.[1] ?? "";
    expect([...types.matchAll(/'([^']*)'/g)].map((item) => item[1])).toEqual([
      ...notificationTypes,
    ]);
    for (const type of notificationTypes)
      expect(preferences).toContain(`validChannel(channels.${type})`);
    expect(preferences).toContain(`incoming().leadMinutes in [${reminderLeadOptions.join(", ")}]`);
    expect(preferences).toContain(
      `text(quiet.timeZone, 1, ${quietHoursSchema.shape.timeZone.maxLength})`,
    );
    expect(preferences).toContain("value >= 0 && value <= 23");
  });

  it("caps a deal's value just above the largest amount the form accepts", () => {
    const bound = Number(/incoming\(\)\.value < (\d+)/.exec(block("deals"))?.[1]);
    expect(limits.dealValueMax).toBeLessThan(bound);
    expect(Math.round((bound - limits.dealValueMax) * 100)).toBe(1);
  });

  it("lists the same currencies, statuses, priorities, kinds, types, roles, locales and platforms", () => {
    expect(listIn(block("deals"), "incoming().currency")).toEqual([...currencies]);
    expect(listIn(block("projects"), "incoming().status")).toEqual([...projectStatuses]);
    expect(listIn(block("tasks"), "incoming().status")).toEqual(Object.values(todoStatuses));
    expect(listIn(block("tasks"), "incoming().priority")).toEqual([...taskPriorities]);
    expect(listIn(block("interactions"), "incoming().type")).toEqual([...interactionTypes]);
    expect(listIn(rules, "role")).toEqual([...assignableRoles]);
    expect(listIn(block("users"), "incoming().locale")).toEqual([...locales]);
    expect(listIn(block("devices"), "incoming().platform")).toEqual([...devicePlatforms]);
    expect(block("workspaces")).toContain(`['${stageKinds.join("', '")}']`);
    expect(block("projects")).toContain(`['${columnKinds.join("', '")}']`);
  });
});
