import { Modal } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { columnKinds, columnListSchema, type Project } from "@pano/domain";
import { useCurrentWorkspace } from "@/session/useCurrentWorkspace";
import { NamedListEditor } from "@/ui/NamedListEditor";
import { saveColumns } from "../data/projectsData";
import { confirmSave } from "@/lib/confirmSave";

type ColumnEditorProps = {
  project: Project & { id: string };
  countIn: (columnId: string) => Promise<number>;
  onClose: () => void;
};

// Add, rename, reorder and remove (only when empty) a project's board columns; the kind says
// which columns count as done for progress.
export const ColumnEditor = ({ project, countIn, onClose }: ColumnEditorProps) => {
  const { t } = useTranslation();
  const { workspaceId } = useCurrentWorkspace();
  return (
    <Modal opened onClose={onClose} title={t("columns.title")} size="lg">
      <NamedListEditor
        section="columns"
        idPrefix="column"
        kinds={columnKinds}
        saved={project.columns}
        schema={columnListSchema}
        countIn={countIn}
        onSave={async (columns) => {
          await confirmSave(saveColumns(workspaceId, project.id, columns), t("columns.title"));
          onClose();
        }}
        onCancel={onClose}
      />
    </Modal>
  );
};
