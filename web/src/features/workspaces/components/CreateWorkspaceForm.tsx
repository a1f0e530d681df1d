import { Button, Group, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { z } from "zod";
import { workspaceNameSchema } from "@pano/domain";
import { useSignedInUser } from "@/features/auth";
import { useLocale } from "@/lib/i18n";
import { notifyError, notifySuccess } from "@/lib/notify";
import { useZodForm } from "@/lib/useZodForm";
import { createWorkspace } from "../data/workspacesData";

const createWorkspaceSchema = z.object({ name: workspaceNameSchema });

export const CreateWorkspaceForm = () => {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const locale = useLocale();
  const navigate = useNavigate();
  const { form, field, parse } = useZodForm(createWorkspaceSchema, { name: "" });

  // Navigation does not wait for the server: the new workspace is already in the local cache.
  const handleSubmit = form.onSubmit((values) => {
    const { name } = parse(values);
    const creator = {
      uid: user.uid,
      displayName: (user.displayName || user.email || "?").slice(0, 80),
      email: (user.email ?? "").toLowerCase(),
    };
    const { workspaceId, committed } = createWorkspace(creator, name, locale);
    committed.then(() => notifySuccess(t("workspaces.created", { name })), notifyError);
    navigate(`/w/${workspaceId}`);
  });

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Group align="flex-end" wrap="wrap">
        <TextInput
          label={t("workspaces.name")}
          placeholder={t("workspaces.namePlaceholder")}
          style={{ flex: "1 1 220px" }}
          {...field("name")}
        />
        <Button type="submit">{t("workspaces.create")}</Button>
      </Group>
    </form>
  );
};
