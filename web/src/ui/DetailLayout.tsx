import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { IconPencil } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ConfirmButton } from "./ConfirmButton";

type Deletion = { label: string; title: string; message: string; onConfirm: () => void };

type DetailLayoutProps = {
  back: { to: string; label: string };
  title: string;
  subtitle?: ReactNode;
  // Controls around the edit and delete buttons, such as a status select or a menu.
  leading?: ReactNode;
  trailing?: ReactNode;
  // Left out for those who may not edit or delete.
  onEdit?: () => void;
  deletion?: Deletion;
  fields: ReactNode;
  fieldColumns: number;
  // Inside the header card, below the fields.
  footer?: ReactNode;
  children: ReactNode;
};

// The page of one deal or project: a header card with the way back, the title, the actions and
// the key fields, and the item's own content below it.
export const DetailLayout = ({
  back,
  title,
  subtitle,
  leading,
  trailing,
  onEdit,
  deletion,
  fields,
  fieldColumns,
  footer,
  children,
}: DetailLayoutProps) => {
  const { t } = useTranslation();
  return (
    <Stack>
      <Paper withBorder p="md" radius="md">
        <Group justify="space-between" align="flex-start" mb="md">
          <div>
            <Anchor component={Link} to={back.to} size="sm">
              {back.label}
            </Anchor>
            <Title order={1} size="h2">
              {title}
            </Title>
            {subtitle && (
              <Text size="xl" fw={600}>
                {subtitle}
              </Text>
            )}
          </div>
          <Group gap="xs">
            {leading}
            {onEdit && (
              <Button variant="default" leftSection={<IconPencil size={16} />} onClick={onEdit}>
                {t("common.edit")}
              </Button>
            )}
            {deletion && (
              <ConfirmButton
                color="red"
                variant="light"
                title={deletion.title}
                message={deletion.message}
                confirmLabel={deletion.label}
                onConfirm={deletion.onConfirm}
              >
                {deletion.label}
              </ConfirmButton>
            )}
            {trailing}
          </Group>
        </Group>
        <SimpleGrid cols={{ base: 1, xs: 2, md: fieldColumns }}>{fields}</SimpleGrid>
        {footer}
      </Paper>
      {children}
    </Stack>
  );
};
