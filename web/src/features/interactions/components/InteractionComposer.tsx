import {
  Button,
  Group,
  NumberInput,
  SegmentedControl,
  SimpleGrid,
  Stack,
  TextInput,
  Textarea,
} from "@mantine/core";
import { useTranslation } from "react-i18next";
import {
  hasDuration,
  interactionTypes,
  type Interaction,
  type InteractionFields,
} from "@pano/domain";
import { useZodForm } from "@/lib/useZodForm";
import { dayPickedTime } from "@/lib/pickerDates";
import { DateTimeField } from "@/ui/DateTimeField";
import { interactionFormSchema, type InteractionFormValues } from "../utils/interactionFormSchema";

type InteractionComposerProps = {
  initial?: Interaction;
  submitLabel: string;
  onSubmit: (fields: InteractionFields) => Promise<unknown>;
  onCancel?: () => void;
};

const blank = (): InteractionFormValues => ({
  type: "note",
  subject: "",
  body: "",
  occurredAt: new Date(),
  durationMinutes: "",
  followUpAt: null,
});

const fromInteraction = (interaction: Interaction): InteractionFormValues => ({
  type: interaction.type,
  subject: interaction.subject,
  body: interaction.body,
  occurredAt: interaction.occurredAt,
  durationMinutes: interaction.durationMinutes ?? "",
  followUpAt: interaction.followUpAt,
});

// Clears at once so the next entry can be typed; if the server refuses, the entry comes back.
export const InteractionComposer = ({
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: InteractionComposerProps) => {
  const { t } = useTranslation();
  const { form, field, parse } = useZodForm(
    interactionFormSchema,
    initial ? fromInteraction(initial) : blank(),
  );

  const handleSubmit = form.onSubmit((values) => {
    const fields = parse(values);
    if (!initial) form.setValues({ ...blank(), type: values.type });
    onSubmit(fields).catch(() => form.setValues(values));
  });

  return (
    <form onSubmit={handleSubmit} noValidate aria-label={submitLabel}>
      <Stack gap="sm">
        <SegmentedControl
          aria-label={t("interactions.type")}
          data={interactionTypes.map((type) => ({
            value: type,
            label: t(`interactions.types.${type}`),
          }))}
          {...form.getInputProps("type")}
        />
        <TextInput label={t("interactions.subject")} required {...field("subject")} />
        <Textarea
          label={t("interactions.body")}
          autosize
          minRows={2}
          maxRows={10}
          {...field("body")}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <DateTimeField
            label={t("interactions.occurredAt")}
            clearable={false}
            {...field("occurredAt")}
          />
          {hasDuration(form.values.type) && (
            <NumberInput
              label={t("interactions.duration")}
              min={1}
              max={1440}
              allowDecimal={false}
              {...field("durationMinutes")}
            />
          )}
          <DateTimeField
            label={t("interactions.followUpAt")}
            defaultTimeValue={dayPickedTime.followUp}
            {...field("followUpAt")}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t("common.cancel")}
            </Button>
          )}
          <Button type="submit">{submitLabel}</Button>
        </Group>
      </Stack>
    </form>
  );
};
