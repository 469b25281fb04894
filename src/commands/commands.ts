/**
 * Ribbon commands, loaded by the shared runtime page. The ribbon button opens the
 * task pane declaratively (ShowTaskpane); this registers the action for keyboard
 * shortcuts and future commands that open the pane from code.
 */
if (typeof Office !== "undefined") {
  void Office.onReady(() => {
    Office.actions?.associate("ITSS.ShowPane", () => Office.addin.showAsTaskpane());
  });
}
export {};
