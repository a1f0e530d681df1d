import { describe, expect, it } from "vitest";
import en from "@/i18n/en.json";
import tr from "@/i18n/tr.json";
import { errorMessageKey } from "./errorMessageKey";

const lookup = (resources: unknown, key: string): unknown =>
  key
    .split(".")
    .reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], resources);

describe("errorMessageKey", () => {
  it.each([
    ["auth/invalid-credential", "errors.wrongCredentials"],
    ["auth/weak-password", "errors.weakPassword"],
    ["auth/email-already-in-use", "errors.emailInUse"],
    ["auth/network-request-failed", "errors.network"],
    ["permission-denied", "errors.permissionDenied"],
    ["unavailable", "errors.network"],
  ])("maps %s to %s", (code, key) => {
    expect(errorMessageKey({ code, message: "raw" })).toBe(key);
  });

  it("uses the key a callable function sent as its message", () => {
    expect(errorMessageKey({ code: "functions/not-found", message: "errors.inviteNotFound" })).toBe(
      "errors.inviteNotFound",
    );
    expect(
      errorMessageKey({ code: "functions/not-found", message: "errors.inviteNotFound [404]" }),
    ).toBe("errors.inviteNotFound");
  });

  it("falls back to a generic message for anything else", () => {
    expect(errorMessageKey(new Error("boom"))).toBe("errors.generic");
    expect(errorMessageKey({ code: "functions/internal", message: "INTERNAL" })).toBe(
      "errors.generic",
    );
    expect(errorMessageKey(null)).toBe("errors.generic");
  });

  it("only returns keys that exist in both languages", () => {
    const codes = [
      "auth/invalid-credential",
      "auth/email-already-in-use",
      "auth/weak-password",
      "auth/invalid-email",
      "auth/too-many-requests",
      "auth/network-request-failed",
      "auth/popup-closed-by-user",
      "auth/user-disabled",
      "permission-denied",
      "functions/unauthenticated",
      "unknown",
    ];
    for (const code of codes) {
      const key = errorMessageKey({ code });
      expect(typeof lookup(tr, key)).toBe("string");
      expect(typeof lookup(en, key)).toBe("string");
    }
  });
});
