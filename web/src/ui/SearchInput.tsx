import { TextInput, type TextInputProps } from "@mantine/core";
import { useDebouncedCallback } from "@mantine/hooks";
import { IconSearch } from "@tabler/icons-react";
import { memo, startTransition, useRef } from "react";
import { ClearSearchButton } from "./ClearSearchButton";
import classes from "./searchInput.module.css";

type SearchInputProps = Omit<
  TextInputProps,
  "value" | "defaultValue" | "onChange" | "placeholder"
> & {
  initialValue: string;
  // Required: the × shows while the placeholder does not.
  placeholder: string;
  // Called with the box's text once typing pauses, or at once when cleared, as a transition;
  // must keep its identity between renders.
  onSearch: (text: string) => void;
  // How long typing must stop first: longer where each search asks the server.
  pauseMs?: number;
};

// How long typing must stop before a list of loaded rows follows: less than the gap between a
// person's keys (100–200 ms for a fast typist), more than the frames that paint a burst of keys.
const typingPauseMs = 80;

// A search box over a long list. The browser keeps its text (an uncontrolled input), so a
// keystroke renders nothing and paints in the next frame as in a bare input. The list follows once
// typing pauses, in a transition that a further keystroke interrupts: filtering and laying out
// new rows between keys typed faster than that would hold up the next key's frame.
export const SearchInput = memo(function SearchInput({
  initialValue,
  onSearch,
  pauseMs = typingPauseMs,
  ...props
}: SearchInputProps) {
  const input = useRef<HTMLInputElement>(null);
  const searchFor = (text: string) => startTransition(() => onSearch(text));
  const searchOncePaused = useDebouncedCallback(searchFor, pauseMs);
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
            searchOncePaused.cancel();
            searchFor("");
          }}
        />
      }
      rightSectionPointerEvents="all"
      {...props}
      defaultValue={initialValue}
      onChange={(event) => searchOncePaused(event.currentTarget.value)}
    />
  );
});
