import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const emulatorSuite = { fileParallelism: false, testTimeout: 60_000, hookTimeout: 120_000 };

export default defineConfig({
  test: {
    projects: [
      { test: { name: "domain", include: ["domain/src/**/*.test.ts"] } },
      {
        resolve: { alias: { "@": fileURLToPath(new URL("./web/src", import.meta.url)) } },
        test: { name: "web", include: ["web/src/**/*.test.{ts,tsx}"] },
      },
      {
        test: {
          name: "rules",
          include: ["tests/rules/**/*.test.ts"],
          globalSetup: ["tests/rules/support/writeCoverageReport.ts"],
          ...emulatorSuite,
        },
      },
      {
        test: {
          name: "functions",
          include: ["tests/functions/**/*.test.ts"],
          setupFiles: ["tests/functions/support/settleBeforeFile.ts"],
          ...emulatorSuite,
        },
      },
      {
        test: {
          name: "e2e",
          include: ["e2e/**/*.test.ts"],
          ...emulatorSuite,
          testTimeout: 240_000,
        },
      },
    ],
  },
});
