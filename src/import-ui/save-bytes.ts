/** Offers bytes as a download under `fileName`. */
export function saveBytes(bytes: ArrayBuffer, fileName: string, mime: string) {
  const url = URL.createObjectURL(new Blob([bytes], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started from the click; the URL is no longer needed after it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
