import { Alert, Button, Group, Modal, Stack } from "@mantine/core";
import { schemaResolver, useForm } from "@mantine/form";
import { IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import {
  columnListSchema,
  moveListItem,
  newListId,
  type BoardColumn,
  type Project,
} from "@pano/domain";
import { countTasksInColumn } from "@/features/tasks";
import { useCurrentWorkspace } from "@/features/workspaces";
import { notifySuccess } from "@/lib/notify";
import { useAsyncAction } from "@/lib/useAsyncAction";
import { FormActions } from "@/ui/FormActions";
import { FormError } from "@/ui/FormError";
import { NameKindRow } from "@/ui/NameKindRow";
import { saveColumns } from "../data/projectsData";

type ColumnsForm = { columns: BoardColumn[] };
const columnsFormSchema = z.object({ columns: columnListSchema });
const randomSuffix = () => Math.random().toString(36).slice(2, 8);

type ColumnEditorProps = { project: Project & { id: string }; onClose: () => void };

// Add, rename, reorder and remove (only when empty) a project's board columns; the kind says
// which columns count as done for progress.
export const ColumnEditor = ({ project, onClose }: ColumnEditorProps) => {
  const { t } = useTranslation();
  const { workspaceId } = useCurrentWorkspace();
  const form = useForm<ColumnsForm>({
    mode: "controlled",
    initialValues: { columns: project.columns },
    validate: schemaResolver(columnsFormSchema, { sync: true }),
  });
  const [removalError, setRemovalError] = useState<string | null>(null);
  const { busy, error, run } = useAsyncAction();
  const columns = form.values.columns;

  const tasksIn = (column: BoardColumn) => countTasksInColumn(workspaceId, project.id, column.id);

  const handleRemove = (index: number) =>
    void run(async () => {
      const column = columns[index];
      if (!column) return;
      const count = project.columnIds.includes(column.id) ? await tasksIn(column) : 0;
      if (count > 0) {
        setRemovalError(t("columns.notEmpty", { name: column.name, count }));
        return;
      }
      setRemovalError(null);
      form.removeListItem("columns", index);
    });

  const handleSubmit = form.onSubmit(
    (values) =>
      void run(async () => {
        const kept = new Set(values.columns.map((column) => column.id));
        for (const column of project.columns.filter((item) => !kept.has(item.id))) {
          const count = await tasksIn(column);
          if (count > 0) {
            setRemovalError(t("columns.notEmpty", { name: column.name, count }));
            return;
          }
        }
        await saveColumns(workspaceId, project.id, columnListSchema.parse(values.columns));
        notifySuccess(t("columns.saved"));
        onClose();
      }),
  );
  const listError = form.errors["columns"];

  return (
    <Modal opened onClose={onClose} title={t("columns.title")} size="lg">
      <form onSubmit={handleSubmit} noValidate aria-label={t("columns.title")}>
        <Stack gap="sm">
          <FormError message={error} />
          {typeof listError === "string" && <Alert color="red">{t(listError)}</Alert>}
          {removalError && (
            <Alert color="red" role="alert">
              {removalError}
            </Alert>
          )}
          {columns.map((column, index) => {
            const nameError = form.errors[`columns.${index}.name`];
            return (
              <NameKindRow
                key={column.id}
                nameLabel={t("columns.name")}
                kindLabel={t("columns.kind")}
                nameProps={form.getInputProps(`columns.${index}.name`)}
                nameError={typeof nameError === "string" ? t(nameError) : undefined}
                kindProps={form.getInputProps(`columns.${index}.kind`)}
                kinds={(["open", "done"] as const).map((kind) => ({
                  value: kind,
                  label: t(`columns.kinds.${kind}`),
                }))}
                labels={{
                  up: t("stages.moveUp", { name: column.name }),
                  down: t("stages.moveDown", { name: column.name }),
                  remove: t("columns.remove", { name: column.name }),
                }}
                first={index === 0}
                last={index === columns.length - 1}
                onUp={() => form.setFieldValue("columns", moveListItem(columns, index, index - 1))}
                onDown={() =>
                  form.setFieldValue("columns", moveListItem(columns, index, index + 1))
                }
                onRemove={() => handleRemove(index)}
              />
            );
          })}
          <Group justify="space-between">
            <Button
              variant="default"
              leftSection={<IconPlus size={16} />}
              onClick={() =>
                form.insertListItem("columns", {
                  id: newListId(
                    "column",
                    [...project.columnIds, ...columns.map((column) => column.id)],
                    randomSuffix,
                  ),
                  name: t("columns.newName"),
                  kind: "open",
                })
              }
            >
              {t("columns.add")}
            </Button>
            <FormActions busy={busy} onCancel={onClose} />
          </Group>
        </Stack>
      </form>
    </Modal>
  );
};
