import { readdirSync } from "node:fs";
import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

const features = readdirSync(new URL("./web/src/features", import.meta.url), {
  withFileTypes: true,
})
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const firebaseOutsideData = {
  group: ["firebase/firestore", "firebase/functions"],
  message: "Only features/*/data, lookups/data and lib/firebase talk to Firebase.",
};
const directWrites = {
  name: "firebase/firestore",
  importNames: ["setDoc", "updateDoc", "addDoc", "writeBatch"],
  message: "Write through lib/firebase/writes, which stores only well-formed text.",
};
const anyFeature = {
  group: ["@/features/*"],
  message: "Shared layers import no feature; pages compose features.",
};
const otherFeature = (feature) => ({
  group: ["@/features/*", `!@/features/${feature}`],
  message:
    "A feature imports no other feature: its page composes them through slots, and what several need lives in session, lookups or ui.",
});
// The rule's options replace each other rather than add up, so every block lists all it needs.
const restrictImports = ({ paths = [], patterns = [] }) => ["error", { paths, patterns }];

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/",
      "**/dist/",
      "functions/lib/",
      "e2e/artifacts/",
      "tests/rules/coverage/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/consistent-type-definitions": ["error", "type"],
      "@typescript-eslint/no-explicit-any": "error",
      "no-restricted-syntax": [
        "error",
        {
          selector: "TSEnumDeclaration",
          message: "Use a string-literal union instead of an enum.",
        },
      ],
    },
  },
  {
    files: ["web/src/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "no-restricted-imports": restrictImports({ patterns: [firebaseOutsideData] }),
    },
  },
  {
    files: ["web/src/{ui,lib,session,lookups}/**"],
    rules: {
      "no-restricted-imports": restrictImports({ patterns: [firebaseOutsideData, anyFeature] }),
    },
  },
  {
    files: ["web/src/lib/firebase/**", "web/src/app/firebase*.ts"],
    rules: { "no-restricted-imports": "off" },
  },
  {
    files: ["web/src/lookups/data/**"],
    rules: {
      "no-restricted-imports": restrictImports({ paths: [directWrites], patterns: [anyFeature] }),
    },
  },
  // Each feature stands beside the others: its page composes them, so a rule per feature folder
  // (a new folder is covered as soon as it exists).
  ...features.flatMap((feature) => [
    {
      files: [`web/src/features/${feature}/**`],
      rules: {
        "no-restricted-imports": restrictImports({
          patterns: [firebaseOutsideData, otherFeature(feature)],
        }),
      },
    },
    {
      files: [`web/src/features/${feature}/data/**`],
      rules: {
        "no-restricted-imports": restrictImports({
          paths: [directWrites],
          patterns: [otherFeature(feature)],
        }),
      },
    },
  ]),
);
