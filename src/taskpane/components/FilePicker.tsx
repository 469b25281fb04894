/**
 * A button that opens the file chooser. The file input itself is not rendered
 * (display: none): it is no tab stop and carries no second name for screen readers.
 */
import { forwardRef, useRef } from "react";
import { ActionButton } from "./ActionButton";

export const FilePicker = forwardRef<
  HTMLButtonElement,
  { label: string; testId: string; onFile: (file: File) => void; primary?: boolean; accept?: string }
>(function FilePicker({ label, testId, onFile, primary, accept = ".xlsx,.csv" }, ref) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <ActionButton ref={ref} primary={primary} onClick={() => input.current?.click()}>
        {label}
      </ActionButton>
      <input
        ref={input}
        hidden
        type="file"
        accept={accept}
        data-testid={testId}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) onFile(file);
          e.target.value = "";
        }}
      />
    </>
  );
});
