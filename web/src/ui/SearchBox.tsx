import { TextInput, type TextInputProps } from "@mantine/core";
import { IconSearch } from "@tabler/icons-react";
import { useRef } from "react";
import { ClearSearchButton } from "./ClearSearchButton";

type SearchBoxProps = Omit<TextInputProps, "value" | "onChange"> & {
  value: string;
  onChange: (text: string) => void;
};

// A search box whose text the page holds, with a × to empty it once something is typed.
export const SearchBox = ({ value, onChange, ...props }: SearchBoxProps) => {
  const input = useRef<HTMLInputElement>(null);
  return (
    <TextInput
      ref={input}
      leftSection={<IconSearch size={16} />}
      rightSection={
        value ? (
          <ClearSearchButton
            onClear={() => {
              onChange("");
              input.current?.focus();
            }}
          />
        ) : null
      }
      rightSectionPointerEvents="all"
      {...props}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
    />
  );
};
