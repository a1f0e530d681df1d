import { schemaResolver, useForm } from "@mantine/form";
import type { FocusEvent } from "react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { errorsStillFailing } from "./formErrors";
import { translateMessage } from "./translateMessage";

// Focus going to a submit button means the submit is about to check every field; an error shown
// on this blur would push the button down from under the pointer and the click would be lost.
const leavesForSubmit = (event: FocusEvent) =>
  event.relatedTarget instanceof HTMLButtonElement && event.relatedTarget.type === "submit";

// A Mantine form validated by the same zod schema the data layer uses; zod messages are i18n keys.
export const useZodForm = <Schema extends z.ZodType<unknown, Record<string, unknown>>>(
  schema: Schema,
  initialValues: z.input<Schema>,
) => {
  const { t } = useTranslation();
  const validate = schemaResolver(schema, { sync: true });
  const form = useForm<z.input<Schema>>({
    mode: "controlled",
    initialValues,
    validate,
    onValuesChange: (values) =>
      form.setErrors((shown) => errorsStillFailing(shown, validate(values))),
  });
  const field = (path: keyof z.input<Schema> & string) => {
    const props = form.getInputProps(path);
    return {
      ...props,
      // Only a field the person changed is checked on leaving it; untouched required fields are
      // all flagged together by the submit.
      onBlur: (event: FocusEvent) => {
        if (form.isDirty(path) && !leavesForSubmit(event)) form.validateField(path);
      },
      error: typeof props.error === "string" ? translateMessage(t, props.error) : props.error,
    };
  };
  const parse = (values: z.input<Schema>): z.output<Schema> => schema.parse(values);
  return { form, field, parse };
};
