import { ActionIcon, Alert, Button, Group, Select, Stack, Text, TextInput } from "@mantine/core";
import { schemaResolver, useForm } from "@mantine/form";
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { moveListItem, newListId, stageKinds, stageListSchema, type Stage } from "@pano/domain";
import { saveStages, useCurrentWorkspace } from "@/features/workspaces";
import { notifySuccess } from "@/lib/notify";
import { useAsyncAction } from "@/lib/useAsyncAction";
import { FormError } from "@/ui/FormError";
import { countDealsInStage } from "../data/dealsData";

type StagesForm = { stages: Stage[] };
const stagesFormSchema = z.object({ stages: stageListSchema });

const randomSuffix = () => Math.random().toString(36).slice(2, 8);

// Admins rename, reorder, add and remove stages; a stage that still holds deals stays.
export const StageEditor = () => {
  const { t } = useTranslation();
  const { workspaceId, workspace } = useCurrentWorkspace();
  const form = useForm<StagesForm>({
    mode: "controlled",
    initialValues: { stages: workspace.stages },
    validate: schemaResolver(stagesFormSchema, { sync: true }),
  });
  const { busy, error, run } = useAsyncAction();
  const stages = form.values.stages;

  const blockers = async (removed: Stage[]) => {
    const counts = await Promise.all(
      removed.map(async (stage) => ({
        stage,
        count: await countDealsInStage(workspaceId, stage.id),
      })),
    );
    return counts.filter(({ count }) => count > 0);
  };

  const [removalError, setRemovalError] = useState<string | null>(null);

  const handleRemove = (index: number) =>
    void run(async () => {
      const stage = stages[index];
      if (!stage) return;
      const saved = workspace.stages.some((item) => item.id === stage.id);
      const blocked = saved ? await blockers([stage]) : [];
      const first = blocked[0];
      if (first) {
        setRemovalError(t("stages.notEmpty", { name: stage.name, count: first.count }));
        return;
      }
      setRemovalError(null);
      form.removeListItem("stages", index);
    });

  const handleSubmit = form.onSubmit(
    (values) =>
      void run(async () => {
        const kept = new Set(values.stages.map((stage) => stage.id));
        const removed = workspace.stages.filter((stage) => !kept.has(stage.id));
        const first = (await blockers(removed))[0];
        if (first) {
          setRemovalError(t("stages.notEmpty", { name: first.stage.name, count: first.count }));
          return;
        }
        const parsed = stageListSchema.parse(values.stages);
        await saveStages(workspaceId, parsed);
        form.setInitialValues({ stages: parsed });
        form.reset();
        notifySuccess(t("stages.saved"));
      }),
  );

  const listError = form.errors["stages"];
  return (
    <form onSubmit={handleSubmit} noValidate aria-label={t("stages.title")}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t("stages.description")}
        </Text>
        <FormError message={error} />
        {typeof listError === "string" && <Alert color="red">{t(listError)}</Alert>}
        {removalError && (
          <Alert color="red" role="alert">
            {removalError}
          </Alert>
        )}
        {stages.map((stage, index) => {
          const nameError = form.errors[`stages.${index}.name`];
          return (
            <Group key={stage.id} align="flex-start" wrap="nowrap" gap="xs">
              <TextInput
                aria-label={t("stages.name")}
                style={{ flex: 1 }}
                {...form.getInputProps(`stages.${index}.name`)}
                error={typeof nameError === "string" ? t(nameError) : undefined}
              />
              <Select
                aria-label={t("stages.kind")}
                w={140}
                data={stageKinds.map((kind) => ({ value: kind, label: t(`stages.kinds.${kind}`) }))}
                allowDeselect={false}
                {...form.getInputProps(`stages.${index}.kind`)}
              />
              <ActionIcon
                variant="subtle"
                size="lg"
                disabled={index === 0}
                aria-label={t("stages.moveUp", { name: stage.name })}
                onClick={() => form.setFieldValue("stages", moveListItem(stages, index, index - 1))}
              >
                <IconArrowUp size={16} />
              </ActionIcon>
              <ActionIcon
                variant="subtle"
                size="lg"
                disabled={index === stages.length - 1}
                aria-label={t("stages.moveDown", { name: stage.name })}
                onClick={() => form.setFieldValue("stages", moveListItem(stages, index, index + 1))}
              >
                <IconArrowDown size={16} />
              </ActionIcon>
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                aria-label={t("stages.remove", { name: stage.name })}
                onClick={() => handleRemove(index)}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          );
        })}
        <Group justify="space-between">
          <Button
            variant="default"
            leftSection={<IconPlus size={16} />}
            onClick={() =>
              form.insertListItem("stages", {
                id: newListId(
                  "stage",
                  [...workspace.stageIds, ...stages.map((stage) => stage.id)],
                  randomSuffix,
                ),
                name: t("stages.newName"),
                kind: "open",
              })
            }
          >
            {t("stages.add")}
          </Button>
          <Group gap="xs">
            <Button variant="default" onClick={() => form.reset()} disabled={!form.isDirty()}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={busy}>
              {t("common.save")}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
};
