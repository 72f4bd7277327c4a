import { create } from 'zustand';

/** Whether the image export dialog is open: the button over the map and the phone's menu share it. */
export const useExportUi = create<{ open: boolean }>(() => ({ open: false }));

export function setExportOpen(open: boolean): void {
  useExportUi.setState({ open });
}
