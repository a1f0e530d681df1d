import { UnstyledButton } from "@mantine/core";
import type { ComponentPropsWithRef } from "react";

// UnstyledButton's look and focus ring on a plain <button>, for long lists: a list mounts a
// screenful of rows at a time, often on a keystroke in its filters, and each Mantine component
// costs its theme and style props per use.
export const PlainButton = ({ className, ...props }: ComponentPropsWithRef<"button">) => (
  <button
    type="button"
    className={["mantine-focus-auto", UnstyledButton.classes.root, className]
      .filter(Boolean)
      .join(" ")}
    {...props}
  />
);
