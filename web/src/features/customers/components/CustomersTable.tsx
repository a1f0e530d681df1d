import { Anchor, Badge, Group, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDate, formatPhone, type Customer } from "@pano/domain";
import type { Row } from "@/lib/firebase/subscribe";
import { useLocale } from "@/lib/i18n";
import { PendingSyncBadge } from "@/ui/PendingSyncBadge";

type CustomersTableProps = {
  customers: Row<Customer>[];
  ownerName: (uid: string) => string;
  linkTo: (customerId: string) => string;
};

export const CustomersTable = ({ customers, ownerName, linkTo }: CustomersTableProps) => {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table verticalSpacing="sm" highlightOnHover aria-label={t("nav.customers")}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("customers.name")}</Table.Th>
            <Table.Th>{t("customers.company")}</Table.Th>
            <Table.Th>{t("customers.title")}</Table.Th>
            <Table.Th>{t("customers.email")}</Table.Th>
            <Table.Th>{t("customers.phone")}</Table.Th>
            <Table.Th>{t("customers.tags")}</Table.Th>
            <Table.Th>{t("customers.owner")}</Table.Th>
            <Table.Th>{t("customers.lastContact")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {customers.map((customer) => (
            <Table.Tr key={customer.id} style={{ opacity: customer.pending ? 0.6 : 1 }}>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  <Anchor component={Link} to={linkTo(customer.id)} fw={600}>
                    {customer.name}
                  </Anchor>
                  <PendingSyncBadge pending={customer.pending} />
                </Group>
              </Table.Td>
              <Table.Td>{customer.company}</Table.Td>
              <Table.Td>{customer.title}</Table.Td>
              <Table.Td>{customer.email}</Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }}>
                {customer.phone && formatPhone(customer.phone)}
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {customer.tags.map((tag) => (
                    <Badge key={tag} variant="light" size="sm">
                      {tag}
                    </Badge>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td>{ownerName(customer.ownerId)}</Table.Td>
              <Table.Td>
                <Text size="sm" c={customer.lastContactAt ? undefined : "dimmed"}>
                  {customer.lastContactAt ? formatDate(customer.lastContactAt, locale) : "—"}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
};
