/** Offers content as a file download, as the browser saves a link's target (nothing leaves the browser). */
export function offerDownload(fileName: string, parts: BlobPart[], type: string): void {
  const url = URL.createObjectURL(new Blob(parts, { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

/** Offers CSV text as a file download, a byte-order mark first so spreadsheets read it as UTF-8. */
export function downloadCsv(fileName: string, csv: string): void {
  offerDownload(fileName, ['\uFEFF', csv], 'text/csv;charset=utf-8');
}
