import { Button, Group, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { z } from "zod";
import { limits, truncateText, workspaceNameSchema } from "@pano/domain";
import { useLocale } from "@/lib/i18n";
import { notifySuccess } from "@/lib/notify";
import { useAsyncAction } from "@/lib/useAsyncAction";
import { useZodForm } from "@/lib/useZodForm";
import { useSignedInUser } from "@/session/useAuth";
import { FormError } from "@/ui/FormError";
import { createWorkspace } from "../data/workspacesData";

const createWorkspaceSchema = z.object({ name: workspaceNameSchema });

export const CreateWorkspaceForm = () => {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const locale = useLocale();
  const navigate = useNavigate();
  const { form, field, parse } = useZodForm(createWorkspaceSchema, { name: "" });
  const { busy, error, run } = useAsyncAction();

  // Unlike most writes, this one is awaited: reading the workspace is allowed only once the
  // server has the membership, so a listener opened earlier would be refused.
  const handleSubmit = form.onSubmit((values) => {
    const { name } = parse(values);
    const creator = {
      uid: user.uid,
      displayName: truncateText(user.displayName || user.email || "?", limits.displayName),
      email: (user.email ?? "").toLowerCase(),
    };
    void run(async () => {
      const workspaceId = await createWorkspace(creator, name, locale);
      notifySuccess(t("workspaces.created", { name }));
      navigate(`/w/${workspaceId}`);
    });
  });

  return (
    <form onSubmit={handleSubmit} noValidate>
      <FormError message={error} />
      {/* Aligned with the input itself, one label's height down, so an error shown under the
          input does not push the button out of line (the label sits on a line of body text). */}
      <Group align="flex-start" wrap="wrap">
        <TextInput
          label={t("workspaces.name")}
          placeholder={t("workspaces.namePlaceholder")}
          style={{ flex: "1 1 220px" }}
          {...field("name")}
        />
        <Button
          type="submit"
          loading={busy}
          mt="calc(var(--mantine-font-size-md) * var(--mantine-line-height))"
        >
          {t("workspaces.create")}
        </Button>
      </Group>
    </form>
  );
};
