import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Field,
} from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { Lang } from "../../core/catalog/types";
import { say } from "../i18n";
import type { ActionStatus } from "../useAction";

/**
 * Progress while an action works, then its outcome, announced to screen readers. The
 * heading says what kind of outcome it is: done, a situation to act on (no roster
 * yet), or a failure nobody expected. Long messages wrap: nothing is clipped. In a
 * narrow pane the outcome may be below the fold: it is scrolled into view when it comes.
 */
export function StatusBar({
  status,
  lang,
  onDismiss,
}: {
  status: ActionStatus;
  lang: Lang;
  onDismiss: () => void;
}) {
  const outcome = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (status.kind === "success" || status.kind === "error")
      outcome.current?.scrollIntoView?.({ block: "nearest" });
  }, [status]);
  if (status.kind === "idle") return null;
  if (status.kind === "working") {
    return (
      <Field validationMessage={status.what[lang]} validationState="none">
        <ProgressBar value={status.fraction} aria-label={say(lang, "working")} />
      </Field>
    );
  }
  const intent = status.kind === "success" ? "success" : status.expected ? "warning" : "error";
  const title = status.kind === "success" ? "success" : status.expected ? "attention" : "error";
  return (
    <MessageBar
      ref={outcome}
      intent={intent}
      layout="multiline"
      role={status.kind === "error" ? "alert" : "status"}
    >
      <MessageBarBody>
        <MessageBarTitle>{say(lang, title)}</MessageBarTitle>
        {status.message[lang]}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" appearance="transparent" onClick={onDismiss}>
          {say(lang, "dismiss")}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
