import { Fragment } from "react";
import { formatMoney, formatMoneyBriefTogether, type CurrencyAmount } from "@pano/domain";
import { useLocale } from "@/lib/i18n";

// Amounts in several currencies side by side, never added together; a line breaks only between
// two amounts (after the dot), never inside one. `brief` for a summary tile: large amounts short, in full on hover.
export const MoneyAmounts = ({
  amounts,
  brief = false,
}: {
  amounts: CurrencyAmount[];
  brief?: boolean;
}) => {
  const locale = useLocale();
  if (amounts.length === 0) return "—";
  const full = amounts.map(({ currency, amount }) => formatMoney(amount, currency, locale));
  const shown = brief
    ? formatMoneyBriefTogether(
        amounts.map(({ currency, amount }) => ({ currency, value: amount })),
        locale,
      )
    : full;
  return amounts.map(({ currency }, index) => (
    <Fragment key={currency}>
      {index > 0 && "\u00a0· "}
      <span style={{ whiteSpace: "nowrap" }} title={full[index]}>
        {shown[index]}
      </span>
    </Fragment>
  ));
};
