/**
 * Hands the diagnostics zip to the user as a download (Blob + `<a download>`). In a browser the
 * browser saves it; in the desktop app Electron's default download handling asks where to save.
 */
export function downloadFile(name: string, bytes: Uint8Array, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // revoked later: the download starts asynchronously and needs the URL until then
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
