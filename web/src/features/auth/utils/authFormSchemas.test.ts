import { describe, expect, it } from "vitest";
import { signUpSchema } from "./authFormSchemas";

describe("signUpSchema", () => {
  it("accepts a Turkish name and normalises the e-mail", () => {
    const parsed = signUpSchema.parse({
      displayName: "  Çağrı Işık ",
      email: " Cagri@Example.COM ",
      password: "güçlüparola",
    });
    expect(parsed).toEqual({
      displayName: "Çağrı Işık",
      email: "cagri@example.com",
      password: "güçlüparola",
    });
  });

  it("reports each problem with a translation key", () => {
    const result = signUpSchema.safeParse({ displayName: "", email: "nope", password: "short" });
    expect(result.success).toBe(false);
    const messages = result.error?.issues.map((issue) => [issue.path.join("."), issue.message]);
    expect(messages).toEqual([
      ["displayName", "validation.required"],
      ["email", "validation.emailInvalid"],
      ["password", "validation.passwordTooShort"],
    ]);
  });
});
