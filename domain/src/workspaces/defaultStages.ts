import type { Locale } from "../config/locales";
import type { Stage } from "./workspaceSchema";
import { displayNames } from "../config/defaultNames";

const stageNames: Record<Stage["id"], { kind: Stage["kind"]; tr: string; en: string }> = {
  lead: { kind: "open", tr: "Yeni", en: "New" },
  contacted: { kind: "open", tr: "İletişimde", en: "In contact" },
  proposal: { kind: "open", tr: "Teklif Verildi", en: "Proposal sent" },
  negotiation: { kind: "open", tr: "Pazarlık", en: "Negotiation" },
  won: { kind: "won", tr: "Kapandı – Kazanıldı", en: "Closed – won" },
  lost: { kind: "lost", tr: "Kapandı – Kaybedildi", en: "Closed – lost" },
};

export const defaultStages = (locale: Locale): Stage[] =>
  Object.entries(stageNames).map(([id, stage]) => ({ id, kind: stage.kind, name: stage[locale] }));

export const stagesIn = (stages: Stage[], locale: Locale): Stage[] =>
  displayNames(stageNames, stages, locale);
