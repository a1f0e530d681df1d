import { Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { stageKinds, stageListSchema, type Stage } from "@pano/domain";
import { useCurrentWorkspace } from "@/session/useCurrentWorkspace";
import { NamedListEditor } from "@/ui/NamedListEditor";
import { countDealsInStage } from "../data/dealsData";
import { confirmSave } from "@/lib/confirmSave";

type StageEditorProps = { onSave: (stages: Stage[]) => Promise<unknown> };

// Admins rename, reorder, add and remove stages; a stage that still holds deals stays. The stages
// live on the workspace, so the page passes the workspace feature's save.
export const StageEditor = ({ onSave }: StageEditorProps) => {
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
      onSave={(stages) => confirmSave(onSave(stages), t("stages.title"))}
      intro={
        <Text size="sm" c="dimmed">
          {t("stages.description")}
        </Text>
      }
    />
  );
};
