/**
 * Asks before the pane replaces data (ConfirmDialogView.tsx). Fluent's dialog, with its
 * portal and motion code, loads the first time a question is asked, not at the pane's start;
 * once loaded it stays mounted so that closing animates as before.
 */
import { lazy, Suspense, useState } from "react";
import type { ConfirmDialogProps } from "./ConfirmDialogView";

const ConfirmDialogView = lazy(() => import(/* webpackChunkName: "dialog" */ "./ConfirmDialogView"));

export function ConfirmDialog(props: ConfirmDialogProps) {
  const [asked, setAsked] = useState(props.open);
  if (props.open && !asked) setAsked(true);
  if (!asked) return null;
  return (
    <Suspense fallback={null}>
      <ConfirmDialogView {...props} />
    </Suspense>
  );
}
