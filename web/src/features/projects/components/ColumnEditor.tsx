import { ActionIcon, Alert, Button, Group, Modal, Select, Stack, TextInput } from "@mantine/core";
import { schemaResolver, useForm } from "@mantine/form";
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from "@tabler/icons-react";
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
import { FormError } from "@/ui/FormError";
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
              <Group key={column.id} align="flex-start" wrap="nowrap" gap="xs">
                <TextInput
                  aria-label={t("columns.name")}
                  style={{ flex: 1 }}
                  {...form.getInputProps(`columns.${index}.name`)}
                  error={typeof nameError === "string" ? t(nameError) : undefined}
                />
                <Select
                  aria-label={t("columns.kind")}
                  w={150}
                  data={(["open", "done"] as const).map((kind) => ({
                    value: kind,
                    label: t(`columns.kinds.${kind}`),
                  }))}
                  allowDeselect={false}
                  {...form.getInputProps(`columns.${index}.kind`)}
                />
                <ActionIcon
                  variant="subtle"
                  size="lg"
                  disabled={index === 0}
                  aria-label={t("stages.moveUp", { name: column.name })}
                  onClick={() =>
                    form.setFieldValue("columns", moveListItem(columns, index, index - 1))
                  }
                >
                  <IconArrowUp size={16} />
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  size="lg"
                  disabled={index === columns.length - 1}
                  aria-label={t("stages.moveDown", { name: column.name })}
                  onClick={() =>
                    form.setFieldValue("columns", moveListItem(columns, index, index + 1))
                  }
                >
                  <IconArrowDown size={16} />
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="lg"
                  aria-label={t("columns.remove", { name: column.name })}
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
            <Group gap="xs">
              <Button variant="default" onClick={onClose}>
                {t("common.cancel")}
              </Button>
              <Button type="submit" loading={busy}>
                {t("common.save")}
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
};
