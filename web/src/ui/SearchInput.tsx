import { TextInput, type TextInputProps } from "@mantine/core";
import { IconSearch } from "@tabler/icons-react";
import { memo, startTransition, useEffect, useRef } from "react";
import { afterNextPaint } from "@/lib/afterNextPaint";

type SearchInputProps = Omit<TextInputProps, "value" | "defaultValue" | "onChange"> & {
  initialValue: string;
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
  useEffect(() => () => cancelPending.current?.(), []);
  return (
    <TextInput
      leftSection={<IconSearch size={16} />}
      {...props}
      defaultValue={initialValue}
      onChange={(event) => {
        const text = event.currentTarget.value;
        cancelPending.current?.();
        cancelPending.current = afterNextPaint(() => startTransition(() => onSearch(text)));
      }}
    />
  );
});
