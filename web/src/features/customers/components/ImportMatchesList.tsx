import { List, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { isAmbiguous, type RowMatch } from "@pano/domain";

// Enough to recognise a mistaken match at a glance without burying the choice under the list.
const listedMatches = 10;

// Each matching row beside the customer it would change, so nobody is updated unseen.
export const ImportMatchesList = ({ matches }: { matches: RowMatch[] }) => {
  const { t, i18n } = useTranslation();
  const names = new Intl.ListFormat(i18n.language, { type: "conjunction" });
  const hidden = matches.length - listedMatches;

  return (
    <>
      <List size="sm" spacing={4} aria-label={t("customers.import.matches")}>
        {matches.slice(0, listedMatches).map((match) => {
          const values = { name: match.row.fields.name, row: match.row.row };
          return (
            <List.Item key={match.row.row}>
              {isAmbiguous(match)
                ? t("customers.import.matchAmbiguous", {
                    ...values,
                    customers: names.format(
                      match.customers.map((customer) => customer.fields.name),
                    ),
                  })
                : t("customers.import.match", {
                    ...values,
                    customer: match.customers[0]?.fields.name,
                  })}
            </List.Item>
          );
        })}
      </List>
      {hidden > 0 && (
        <Text size="sm" c="dimmed">
          {t("customers.import.matchesMore", { count: hidden })}
        </Text>
      )}
    </>
  );
};
