import { describe, expect, it } from "vitest";
import type { Stage } from "../workspaces/workspaceSchema";
import { closedAtWrite, closingChange } from "./dealClosing";

const stages: Stage[] = [
  { id: "lead", name: "Aday", kind: "open" },
  { id: "proposal", name: "Teklif", kind: "open" },
  { id: "won", name: "Kazanıldı", kind: "won" },
  { id: "signed", name: "İmzalandı", kind: "won" },
  { id: "lost", name: "Kaybedildi", kind: "lost" },
];

describe("closingChange", () => {
  it("closes a deal entering won or lost from another kind of stage", () => {
    expect(closingChange(stages, "proposal", "won")).toBe("closes");
    expect(closingChange(stages, "won", "lost")).toBe("closes");
    expect(closingChange(stages, undefined, "lost")).toBe("closes");
  });

  it("keeps the time through moves within won and reorders", () => {
    expect(closingChange(stages, "won", "signed")).toBe("keeps");
    expect(closingChange(stages, "won", "won")).toBe("keeps");
    expect(closingChange(stages, "lead", "proposal")).toBe("keeps");
  });

  it("reopens a deal entering an open stage, and a new open deal has no time", () => {
    expect(closingChange(stages, "lost", "lead")).toBe("reopens");
    expect(closingChange(stages, undefined, "lead")).toBe("reopens");
  });
});

describe("closedAtWrite", () => {
  const now = new Date("2026-11-30T12:00:00Z");
  it("writes the time, null, or nothing", () => {
    expect(closedAtWrite("closes", now)).toBe(now);
    expect(closedAtWrite("reopens", now)).toBeNull();
    expect(closedAtWrite("keeps", now)).toBeUndefined();
  });
});
