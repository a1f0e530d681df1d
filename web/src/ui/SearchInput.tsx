import { TextInput, type TextInputProps } from "@mantine/core";
import { IconSearch } from "@tabler/icons-react";
import { memo, startTransition, useEffect, useRef } from "react";
import { afterNextPaint } from "@/lib/afterNextPaint";
import { ClearSearchButton } from "./ClearSearchButton";
import classes from "./searchInput.module.css";

type SearchInputProps = Omit<
  TextInputProps,
  "value" | "defaultValue" | "onChange" | "placeholder"
> & {
  initialValue: string;
  // Required: the × shows while the placeholder does not.
  placeholder: string;
  // Called with the box's text after the frame that shows each keystroke, as a transition;
  // must keep its identity between renders.
  onSearch: (text: string) => void;
};

// A search box over a long list. The browser keeps its text (an uncontrolled input), so a
// keystroke renders nothing and paints in the next frame as in a bare input; the list follows once
// that frame is painted, in a transition that a further keystroke interrupts. Keys typed faster
// than frames are filtered for once, at the last.
export const SearchInput = memo(function SearchInput({
  initialValue,
  onSearch,
  ...props
}: SearchInputProps) {
  const cancelPending = useRef<(() => void) | null>(null);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => () => cancelPending.current?.(), []);
  const searchFor = (text: string) => {
    cancelPending.current?.();
    cancelPending.current = afterNextPaint(() => startTransition(() => onSearch(text)));
  };
  return (
    <TextInput
      ref={input}
      className={classes.root}
      leftSection={<IconSearch size={16} />}
      rightSection={
        <ClearSearchButton
          onClear={() => {
            if (!input.current) return;
            input.current.value = "";
            input.current.focus();
            searchFor("");
          }}
        />
      }
      rightSectionPointerEvents="all"
      {...props}
      defaultValue={initialValue}
      onChange={(event) => searchFor(event.currentTarget.value)}
    />
  );
});
