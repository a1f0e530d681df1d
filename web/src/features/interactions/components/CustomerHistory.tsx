import { Paper, Stack, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { canDelete, canWrite, type Interaction, type InteractionFields } from "@pano/domain";
import { notifyError } from "@/lib/notify";
import { useMemberNames } from "@/lookups/hooks/useMemberNames";
import { useSignedInUser } from "@/session/useAuth";
import { useCurrentWorkspace } from "@/session/useCurrentWorkspace";
import { Loaded } from "@/ui/Loaded";
import { deleteInteraction, logInteraction, updateInteraction } from "../data/interactionsData";
import { useCustomerInteractions } from "../hooks/useCustomerInteractions";
import { InteractionComposer } from "./InteractionComposer";
import { InteractionTimeline } from "./InteractionTimeline";
import { confirmSave } from "@/lib/confirmSave";

// A customer's communication history: add inline, newest first, live for everyone watching.
// `onAnotherPage`: shown on a deal's page, where the heading says whose history it is.
export const CustomerHistory = ({
  customerId,
  onAnotherPage = false,
}: {
  customerId: string;
  onAnotherPage?: boolean;
}) => {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const { workspaceId, role } = useCurrentWorkspace();
  const interactions = useCustomerInteractions(workspaceId, customerId);
  const memberName = useMemberNames(workspaceId);
  const authorName = (uid: string) => memberName(uid) || "…";
  const withErrorShown = (write: Promise<unknown>) =>
    write.catch((error: unknown) => {
      notifyError(error);
      throw error;
    });
  const own = (interaction: Interaction) => interaction.createdBy === user.uid && canWrite(role);

  return (
    <Stack>
      {canWrite(role) && (
        <Paper withBorder p="md" radius="md">
          <Title order={3} size="h5" mb="sm">
            {t("interactions.add")}
          </Title>
          <InteractionComposer
            submitLabel={t("interactions.save")}
            onSubmit={(fields: InteractionFields) =>
              withErrorShown(
                confirmSave(
                  logInteraction(workspaceId, user.uid, customerId, fields),
                  fields.subject,
                ),
              )
            }
          />
        </Paper>
      )}
      <Paper withBorder p="md" radius="md">
        <Title order={3} size="h5" mb="md">
          {t(onAnotherPage ? "interactions.customerTitle" : "interactions.title")}
        </Title>
        <Loaded state={interactions}>
          {(list) => (
            <InteractionTimeline
              interactions={list}
              authorName={authorName}
              canEdit={own}
              canDelete={(interaction) => canDelete({ uid: user.uid, role }, interaction)}
              onEdit={(id, fields) =>
                withErrorShown(
                  confirmSave(updateInteraction(workspaceId, id, fields), fields.subject),
                )
              }
              onDelete={(id) => void deleteInteraction(workspaceId, id).catch(notifyError)}
            />
          )}
        </Loaded>
      </Paper>
    </Stack>
  );
};
