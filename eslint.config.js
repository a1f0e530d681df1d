import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

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
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["firebase/firestore", "firebase/functions"],
              message: "Only features/*/data, lookups/data and lib/firebase talk to Firebase.",
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      "web/src/features/*/data/**",
      "web/src/lookups/data/**",
      "web/src/lib/firebase/**",
      "web/src/app/firebase*.ts",
    ],
    rules: { "no-restricted-imports": "off" },
  },
  {
    files: ["web/src/features/*/data/**", "web/src/lookups/data/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "firebase/firestore",
              importNames: ["setDoc", "updateDoc", "addDoc", "writeBatch"],
              message: "Write through lib/firebase/writes, which stores only well-formed text.",
            },
          ],
        },
      ],
    },
  },
);
