import { NativeSelect } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { csvEncodings, type CsvEncoding } from "@pano/domain";

export const ImportEncodingSelect = ({
  value,
  detected,
  disabled,
  onChange,
}: {
  value: CsvEncoding;
  detected: CsvEncoding;
  disabled: boolean;
  onChange: (encoding: CsvEncoding) => void;
}) => {
  const { t } = useTranslation();
  return (
    <NativeSelect
      label={t("customers.import.encoding")}
      description={t("customers.import.encodingHint", {
        detected: t(`customers.import.encodings.${detected}`),
      })}
      data={csvEncodings.map((encoding) => ({
        value: encoding,
        label: t(`customers.import.encodings.${encoding}`),
      }))}
      value={value}
      disabled={disabled}
      onChange={(event) => {
        const chosen = csvEncodings.find((encoding) => encoding === event.currentTarget.value);
        if (chosen) onChange(chosen);
      }}
    />
  );
};
