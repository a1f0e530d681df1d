import { Paper, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { CustomerDetail } from "@/features/customers";
import { CustomerDeals } from "@/features/deals";
import { CustomerProjects } from "@/features/projects";

export const CustomerPage = () => {
  const { t } = useTranslation();
  const { customerId = "" } = useParams();
  return (
    <CustomerDetail
      key={customerId}
      customerId={customerId}
      aside={
        <>
          <CustomerDeals customerId={customerId} />
          <CustomerProjects customerId={customerId} />
          <Paper withBorder p="md" radius="md">
            <Title order={3} size="h5" mb={4}>
              {t("customers.tasks")}
            </Title>
            <Text size="sm" c="dimmed">
              {t("customers.tasksPlanned")}
            </Text>
          </Paper>
        </>
      }
    />
  );
};
