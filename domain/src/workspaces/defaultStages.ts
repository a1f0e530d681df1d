import type { Locale } from "../config/locales";
import type { Stage } from "./workspaceSchema";
import { displayNames } from "../config/defaultNames";

const stageNames: Record<
  Stage["id"],
  { kind: Stage["kind"]; tr: string; en: string; former?: string[] }
> = {
  lead: { kind: "open", tr: "Yeni", en: "New" },
  contacted: { kind: "open", tr: "İletişimde", en: "In contact" },
  proposal: { kind: "open", tr: "Teklif verildi", en: "Proposal sent", former: ["Teklif Verildi"] },
  negotiation: { kind: "open", tr: "Pazarlık", en: "Negotiation" },
  won: {
    kind: "won",
    tr: "Kapandı – kazanıldı",
    en: "Closed – won",
    former: ["Kapandı – Kazanıldı"],
  },
  lost: {
    kind: "lost",
    tr: "Kapandı – kaybedildi",
    en: "Closed – lost",
    former: ["Kapandı – Kaybedildi"],
  },
};

export const defaultStages = (locale: Locale): Stage[] =>
  Object.entries(stageNames).map(([id, stage]) => ({ id, kind: stage.kind, name: stage[locale] }));

export const stagesIn = (stages: Stage[], locale: Locale): Stage[] =>
  displayNames(stageNames, stages, locale);
