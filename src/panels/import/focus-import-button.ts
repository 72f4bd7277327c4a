/**
 * When the control that had the focus disappears (cancel, close), the focus goes back to the
 * file input, where the user started, rather than to the page itself.
 */
export function focusImportButton() {
  document.getElementById('import-file')?.focus();
}
