/**
 * A button that starts a pane action. While an action runs it stays focusable (a
 * disabled button would drop keyboard focus to the page body) but does nothing.
 */
import { forwardRef } from "react";
import { Button, type ButtonProps } from "@fluentui/react-components";
import { usePane } from "../pane";

export const ActionButton = forwardRef<HTMLButtonElement, ButtonProps & { primary?: boolean }>(
  function ActionButton({ primary, disabled, ...props }, ref) {
    const { runner } = usePane();
    return (
      <Button
        ref={ref}
        appearance={primary ? "primary" : "secondary"}
        disabledFocusable={runner.busy || Boolean(disabled)}
        {...props}
      />
    );
  },
);
