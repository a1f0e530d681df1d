import { Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { stageKinds, stageListSchema } from "@pano/domain";
import { saveStages } from "@/features/workspaces";
import { useCurrentWorkspace } from "@/session/useCurrentWorkspace";
import { NamedListEditor } from "@/ui/NamedListEditor";
import { countDealsInStage } from "../data/dealsData";
import { confirmSave } from "@/lib/confirmSave";

// Admins rename, reorder, add and remove stages; a stage that still holds deals stays.
export const StageEditor = () => {
  const { t } = useTranslation();
  const { workspaceId, workspace } = useCurrentWorkspace();
  return (
    <NamedListEditor
      section="stages"
      idPrefix="stage"
      kinds={stageKinds}
      saved={workspace.stages}
      schema={stageListSchema}
      countIn={(stageId) => countDealsInStage(workspaceId, stageId)}
      onSave={(stages) => confirmSave(saveStages(workspaceId, stages), t("stages.title"))}
      intro={
        <Text size="sm" c="dimmed">
          {t("stages.description")}
        </Text>
      }
    />
  );
};
