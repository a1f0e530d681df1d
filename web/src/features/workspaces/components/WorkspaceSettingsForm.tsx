import { Button, Group, Text, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { canManageMembers, workspaceNameSchema } from "@pano/domain";
import { notifyError, notifySuccess } from "@/lib/notify";
import { useZodForm } from "@/lib/useZodForm";
import { renameWorkspace } from "../data/workspacesData";
import { confirmSave } from "@/lib/confirmSave";
import { useCurrentWorkspace } from "@/session/useCurrentWorkspace";

const settingsSchema = z.object({ name: workspaceNameSchema });

export const WorkspaceSettingsForm = () => {
  const { t } = useTranslation();
  const { workspaceId, workspace, role } = useCurrentWorkspace();
  const { form, field, parse } = useZodForm(settingsSchema, { name: workspace.name });
  const editable = canManageMembers(role);

  const handleSubmit = form.onSubmit((values) => {
    const { name } = parse(values);
    confirmSave(renameWorkspace(workspaceId, name), name).then((outcome) => {
      if (outcome === "saved") notifySuccess(t("settings.saved"));
    }, notifyError);
  });

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Group align="flex-end" wrap="wrap">
        <TextInput
          label={t("settings.workspaceName")}
          disabled={!editable}
          style={{ flex: "1 1 240px" }}
          {...field("name")}
        />
        {editable && <Button type="submit">{t("settings.save")}</Button>}
      </Group>
      {!editable && (
        <Text size="xs" c="dimmed" mt="xs">
          {t("settings.readOnly")}
        </Text>
      )}
    </form>
  );
};
