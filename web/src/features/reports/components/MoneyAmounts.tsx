import { Fragment } from "react";
import { formatMoney, type CurrencyAmount } from "@pano/domain";
import { useLocale } from "@/lib/i18n";

// Amounts in several currencies side by side, never added together; a line breaks only between
// two amounts, never inside one.
export const MoneyAmounts = ({ amounts }: { amounts: CurrencyAmount[] }) => {
  const locale = useLocale();
  if (amounts.length === 0) return "—";
  return amounts.map(({ currency, amount }, index) => (
    <Fragment key={currency}>
      {index > 0 && " · "}
      <span style={{ whiteSpace: "nowrap" }}>{formatMoney(amount, currency, locale)}</span>
    </Fragment>
  ));
};
