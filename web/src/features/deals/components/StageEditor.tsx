import { Alert, Button, Group, Stack, Text } from "@mantine/core";
import { schemaResolver, useForm } from "@mantine/form";
import { IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { moveListItem, newListId, stageKinds, stageListSchema, type Stage } from "@pano/domain";
import { saveStages, useCurrentWorkspace } from "@/features/workspaces";
import { notifySuccess } from "@/lib/notify";
import { useAsyncAction } from "@/lib/useAsyncAction";
import { FormActions } from "@/ui/FormActions";
import { FormError } from "@/ui/FormError";
import { NameKindRow } from "@/ui/NameKindRow";
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
            <NameKindRow
              key={stage.id}
              nameLabel={t("stages.name")}
              kindLabel={t("stages.kind")}
              nameProps={form.getInputProps(`stages.${index}.name`)}
              nameError={typeof nameError === "string" ? t(nameError) : undefined}
              kindProps={form.getInputProps(`stages.${index}.kind`)}
              kinds={stageKinds.map((kind) => ({ value: kind, label: t(`stages.kinds.${kind}`) }))}
              labels={{
                up: t("stages.moveUp", { name: stage.name }),
                down: t("stages.moveDown", { name: stage.name }),
                remove: t("stages.remove", { name: stage.name }),
              }}
              first={index === 0}
              last={index === stages.length - 1}
              onUp={() => form.setFieldValue("stages", moveListItem(stages, index, index - 1))}
              onDown={() => form.setFieldValue("stages", moveListItem(stages, index, index + 1))}
              onRemove={() => handleRemove(index)}
            />
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
          <FormActions busy={busy} onCancel={() => form.reset()} cancelDisabled={!form.isDirty()} />
        </Group>
      </Stack>
    </form>
  );
};
