import { Grid, Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { CustomerHistory } from "@/features/interactions";
import { useMembers } from "@/features/members";
import { useCurrentWorkspace } from "@/features/workspaces";
import { LoadingScreen } from "@/ui/LoadingScreen";
import { SubscriptionError } from "@/ui/SubscriptionError";
import { useCustomer } from "../hooks/useCustomer";
import { CustomerProfile } from "./CustomerProfile";

const PlannedList = ({ title, description }: { title: string; description: string }) => (
  <Paper withBorder p="md" radius="md">
    <Title order={3} size="h5" mb={4}>
      {title}
    </Title>
    <Text size="sm" c="dimmed">
      {description}
    </Text>
  </Paper>
);

export const CustomerDetail = ({ customerId }: { customerId: string }) => {
  const { t } = useTranslation();
  const { workspaceId } = useCurrentWorkspace();
  const customer = useCustomer(workspaceId, customerId);
  const members = useMembers(workspaceId);
  const nameOf = (uid: string) =>
    (members.status === "ready" &&
      members.data.find((member) => member.uid === uid)?.displayName) ||
    "—";

  if (customer.status === "loading") return <LoadingScreen />;
  if (customer.status === "error") return <SubscriptionError error={customer.error} />;
  if (!customer.data) return <Text>{t("customers.notFound")}</Text>;

  return (
    <Stack>
      <CustomerProfile customer={customer.data} ownerName={nameOf(customer.data.ownerId)} />
      <Grid>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <CustomerHistory customerId={customerId} authorName={nameOf} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack>
            <PlannedList title={t("customers.deals")} description={t("customers.dealsPlanned")} />
            <PlannedList
              title={t("customers.projects")}
              description={t("customers.projectsPlanned")}
            />
            <PlannedList title={t("customers.tasks")} description={t("customers.tasksPlanned")} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
};
