/**
 * Asks before the pane replaces data. Whatever closes it (an answer, Escape), focus
 * goes back to the control that led to the question, never to the page body.
 * Loaded by ConfirmDialog when first opened: Fluent's dialog is not part of the pane's start.
 */
import type { RefObject } from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  body: string;
  confirm: string;
  cancel: string;
  onConfirm: () => void;
  onCancel: () => void;
  returnFocus: RefObject<HTMLElement | null>;
}

export default function ConfirmDialogView({
  open,
  title,
  body,
  confirm,
  cancel,
  onConfirm,
  onCancel,
  returnFocus,
}: ConfirmDialogProps) {
  const refocus = () => setTimeout(() => returnFocus.current?.focus(), 0);
  return (
    <Dialog
      open={open}
      onOpenChange={(_, d) => {
        if (d.open) return;
        onCancel();
        refocus();
      }}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>{body}</DialogContent>
          <DialogActions>
            <Button
              appearance="secondary"
              onClick={() => {
                onCancel();
                refocus();
              }}
            >
              {cancel}
            </Button>
            <Button
              appearance="primary"
              onClick={() => {
                onConfirm();
                refocus();
              }}
            >
              {confirm}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
