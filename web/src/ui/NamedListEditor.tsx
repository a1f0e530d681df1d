import { Alert, Button, Group, Stack } from "@mantine/core";
import { schemaResolver, useForm } from "@mantine/form";
import { IconPlus } from "@tabler/icons-react";
import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { moveListItem, newListId } from "@pano/domain";
import { errorsStillFailing } from "@/lib/formErrors";
import { notifySuccess } from "@/lib/notify";
import { translateMessage } from "@/lib/translateMessage";
import { useAsyncAction } from "@/lib/useAsyncAction";
import { FormActions } from "./FormActions";
import { FormError } from "./FormError";
import { NameKindRow } from "./NameKindRow";

type NamedItem<Kind extends string> = { id: string; name: string; kind: Kind };

type NamedListEditorProps<Kind extends string> = {
  // The i18n section with the list's words: title, name, kind, kinds.*, add, newName, remove,
  // notEmpty, saved, and the schema's messages.
  section: "stages" | "columns";
  idPrefix: string;
  // The first kind is what a new item starts as.
  kinds: readonly [Kind, ...Kind[]];
  saved: NamedItem<Kind>[];
  schema: z.ZodType<NamedItem<Kind>[]>;
  // How many records still sit in a saved item: one that holds any is not removed.
  countIn: (itemId: string) => Promise<number>;
  onSave: (items: NamedItem<Kind>[]) => Promise<unknown>;
  // Without it, cancelling puts the list back as it was saved.
  onCancel?: () => void;
  intro?: ReactNode;
};

type ListForm<Kind extends string> = { items: NamedItem<Kind>[] };

const randomSuffix = () => Math.random().toString(36).slice(2, 8);

// An ordered list of named, typed items (pipeline stages, board columns): rename, reorder, add,
// and remove only what holds nothing, checked when removing and again when saving.
export const NamedListEditor = <Kind extends string>({
  section,
  idPrefix,
  kinds,
  saved,
  schema,
  countIn,
  onSave,
  onCancel,
  intro,
}: NamedListEditorProps<Kind>) => {
  const { t } = useTranslation();
  const validate = schemaResolver(z.object({ items: schema }), { sync: true });
  const form = useForm<ListForm<Kind>>({
    mode: "controlled",
    initialValues: { items: saved },
    validate,
    onValuesChange: (values) =>
      form.setErrors((shown) => errorsStillFailing(shown, validate(values))),
  });
  const [removalError, setRemovalError] = useState<string | null>(null);
  const { busy, error, run } = useAsyncAction();
  const items = form.values.items;
  const savedIds = saved.map((item) => item.id);

  // The first of these items that still holds records, with its count.
  const firstHolding = async (candidates: NamedItem<Kind>[]) => {
    for (const item of candidates) {
      const count = savedIds.includes(item.id) ? await countIn(item.id) : 0;
      if (count > 0) return { item, count };
    }
    return null;
  };
  const blocked = async (candidates: NamedItem<Kind>[]) => {
    const holding = await firstHolding(candidates);
    setRemovalError(
      holding && t(`${section}.notEmpty`, { name: holding.item.name, count: holding.count }),
    );
    return holding !== null;
  };

  const handleRemove = (index: number) =>
    void run(async () => {
      const item = items[index];
      if (item && !(await blocked([item]))) form.removeListItem("items", index);
    });

  const handleSubmit = form.onSubmit(
    (values) =>
      void run(async () => {
        const kept = new Set(values.items.map((item) => item.id));
        if (await blocked(saved.filter((item) => !kept.has(item.id)))) return;
        const parsed = schema.parse(values.items);
        await onSave(parsed);
        form.setInitialValues({ items: parsed });
        form.reset();
        notifySuccess(t(`${section}.saved`));
      }),
  );

  const listError = form.errors["items"];
  const move = (from: number, to: number) =>
    form.setFieldValue("items", moveListItem(items, from, to));
  return (
    <form onSubmit={handleSubmit} noValidate aria-label={t(`${section}.title`)}>
      <Stack gap="sm">
        {intro}
        <FormError message={error} />
        {typeof listError === "string" && (
          <Alert color="red">{translateMessage(t, listError)}</Alert>
        )}
        {removalError && (
          <Alert color="red" role="alert">
            {removalError}
          </Alert>
        )}
        {items.map((item, index) => {
          const nameError = form.errors[`items.${index}.name`];
          return (
            <NameKindRow
              key={item.id}
              nameLabel={t(`${section}.name`)}
              kindLabel={t(`${section}.kind`)}
              nameProps={form.getInputProps(`items.${index}.name`)}
              nameError={typeof nameError === "string" ? translateMessage(t, nameError) : undefined}
              kindProps={form.getInputProps(`items.${index}.kind`)}
              kinds={kinds.map((kind) => ({ value: kind, label: t(`${section}.kinds.${kind}`) }))}
              labels={{
                up: t("common.moveUp", { name: item.name }),
                down: t("common.moveDown", { name: item.name }),
                remove: t(`${section}.remove`, { name: item.name }),
              }}
              first={index === 0}
              last={index === items.length - 1}
              onUp={() => move(index, index - 1)}
              onDown={() => move(index, index + 1)}
              onRemove={() => handleRemove(index)}
            />
          );
        })}
        <Group justify="space-between">
          <Button
            variant="default"
            leftSection={<IconPlus size={16} />}
            onClick={() =>
              form.insertListItem("items", {
                id: newListId(
                  idPrefix,
                  [...savedIds, ...items.map((item) => item.id)],
                  randomSuffix,
                ),
                name: t(`${section}.newName`),
                kind: kinds[0],
              })
            }
          >
            {t(`${section}.add`)}
          </Button>
          <FormActions
            busy={busy}
            onCancel={onCancel ?? (() => form.reset())}
            cancelDisabled={!onCancel && !form.isDirty()}
            saveDisabled={!form.isDirty()}
          />
        </Group>
      </Stack>
    </form>
  );
};
