import { describe, expect, it } from "vitest";
import { customerInputSchema } from "./customerSchema";

const issues = (input: unknown) =>
  customerInputSchema
    .safeParse(input)
    .error?.issues.map((issue) => [issue.path.join("."), issue.message]);

describe("customerInputSchema", () => {
  it("keeps a minimal customer with empty optional fields", () => {
    expect(customerInputSchema.parse({ name: "  A Şirketi ", ownerId: "u1" })).toEqual({
      name: "A Şirketi",
      company: "",
      title: "",
      email: "",
      phone: "",
      tags: [],
      ownerId: "u1",
    });
  });

  it("normalises e-mail, phone and duplicate tags", () => {
    const parsed = customerInputSchema.parse({
      name: "Ayşe Demir",
      email: " Ayse@Ornek.COM.TR ",
      phone: "0532 123 45 67",
      tags: ["vip", "vip", "istanbul"],
      ownerId: "u1",
    });
    expect(parsed).toMatchObject({
      email: "ayse@ornek.com.tr",
      phone: "+905321234567",
      tags: ["vip", "istanbul"],
    });
  });

  it("explains each invalid field with a translation key", () => {
    expect(issues({ name: "", email: "ayse@", phone: "12", ownerId: "u1" })).toEqual([
      ["name", "validation.required"],
      ["email", "validation.emailInvalid"],
      ["phone", "validation.phoneInvalid"],
    ]);
    expect(issues({ name: "x".repeat(121), ownerId: "" })).toEqual([
      ["name", "validation.tooLong?max=120"],
      ["ownerId", "validation.required"],
    ]);
  });
});
