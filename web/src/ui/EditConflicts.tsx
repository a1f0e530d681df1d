import { Alert, Button, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ConflictChoice } from "@pano/domain";

type EditConflictsProps<Field extends string> = {
  // The fields both changed, as the concurrent-edit hook names them.
  fields: Field[];
  labels: Record<Field, string>;
  // The other person's values, as the form would show them.
  theirs: Record<Field, string>;
  // Who wrote the document last, the one whose value is shown.
  by: string;
  onResolve: (field: Field, choice: ConflictChoice) => void;
};

// Fields someone else changed while this form was open and the person changed too: each shows the
// other value and waits for a choice before the form saves.
export const EditConflicts = <Field extends string>({
  fields,
  labels,
  theirs,
  by,
  onResolve,
}: EditConflictsProps<Field>) => {
  const { t } = useTranslation();
  if (fields.length === 0) return null;
  return (
    <Alert color="orange" variant="light" role="alert" title={t("conflicts.title", { name: by })}>
      <Stack gap="xs">
        <Text size="sm">{t("conflicts.body")}</Text>
        {fields.map((field) => (
          // On a phone the choices go under the value rather than squeezing it; a very long value
          // shows its first lines.
          <Group key={field} justify="space-between" wrap="wrap" gap="xs">
            <Text size="sm" lineClamp={4} style={{ flex: "1 1 12rem", overflowWrap: "anywhere" }}>
              <Text span fw={600}>
                {labels[field]}:
              </Text>{" "}
              {theirs[field] || t("conflicts.empty")}
            </Text>
            <Group gap="xs" wrap="nowrap">
              <Button size="xs" variant="default" onClick={() => onResolve(field, "mine")}>
                {t("conflicts.keepMine")}
              </Button>
              <Button size="xs" variant="light" onClick={() => onResolve(field, "theirs")}>
                {t("conflicts.takeTheirs")}
              </Button>
            </Group>
          </Group>
        ))}
      </Stack>
    </Alert>
  );
};
