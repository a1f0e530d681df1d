import i18next from "i18next";
import { describe, expect, it } from "vitest";
import { dealInputSchema, limits, messageWithValues } from "@pano/domain";
import en from "@/i18n/en.json";
import tr from "@/i18n/tr.json";
import { translateMessage } from "./translateMessage";

const translator = async (lng: "tr" | "en") => {
  const instance = i18next.createInstance();
  await instance.init({
    resources: { tr: { translation: tr }, en: { translation: en } },
    lng,
    interpolation: { escapeValue: false },
  });
  return instance.t;
};

describe("translateMessage", () => {
  it("says the limit of a text that is too long, in each language", async () => {
    const title = { title: "x".repeat(201), customerId: "c", value: 1, ownerId: "u" };
    const message = dealInputSchema.safeParse(title).error?.issues[0]?.message ?? "";
    expect(translateMessage(await translator("tr"), message)).toBe("En fazla 200 karakter.");
    expect(translateMessage(await translator("en"), message)).toBe("At most 200 characters.");
    const body = messageWithValues("validation.tooLong", { max: limits.body });
    expect(translateMessage(await translator("tr"), body)).toBe("En fazla 10.000 karakter.");
  });

  it("writes the largest amount the way the language does", async () => {
    const message = messageWithValues("validation.amountTooLarge", { max: limits.dealValueMax });
    expect(translateMessage(await translator("tr"), message)).toBe("En fazla 999.999.999.999,99.");
    expect(translateMessage(await translator("en"), message)).toBe("At most 999,999,999,999.99.");
  });

  it("translates a plain key as before", async () => {
    expect(translateMessage(await translator("tr"), "validation.required")).toBe(
      "Bu alan zorunlu.",
    );
  });
});
