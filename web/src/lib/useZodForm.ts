import { schemaResolver, useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import type { z } from "zod";

// A Mantine form validated by the same zod schema the data layer uses; zod messages are i18n keys.
export const useZodForm = <Schema extends z.ZodType<unknown, Record<string, unknown>>>(
  schema: Schema,
  initialValues: z.input<Schema>,
) => {
  const { t } = useTranslation();
  const form = useForm<z.input<Schema>>({
    mode: "controlled",
    initialValues,
    validate: schemaResolver(schema, { sync: true }),
    validateInputOnBlur: true,
  });
  const field = (path: keyof z.input<Schema> & string) => {
    const props = form.getInputProps(path);
    return { ...props, error: typeof props.error === "string" ? t(props.error) : props.error };
  };
  const parse = (values: z.input<Schema>): z.output<Schema> => schema.parse(values);
  return { form, field, parse };
};
