/**
 * The pmtiles `Source` of a PMTiles file kept in the browser (db/basemapFiles.ts): loads the
 * stored Blob once, on the first read, and reads byte ranges through pmtiles' own FileSource
 * (Blob.slice, no copy of the file). A file gone from storage fails each read with a clear
 * error, which the map shows over itself.
 */
import { FileSource, type RangeResponse, type Source } from 'pmtiles';

export class StoredFileSource implements Source {
  private reader: Promise<FileSource> | null = null;

  constructor(
    private readonly id: string,
    private readonly load: (id: string) => Promise<Blob | null>,
  ) {}

  getKey(): string {
    return `gridroom-file/${this.id}`;
  }

  private fileSource(): Promise<FileSource> {
    this.reader ??= this.load(this.id).then((blob) => {
      if (blob === null) throw new Error('the basemap file is no longer stored on this workstation');
      return new FileSource(new File([blob], this.getKey()));
    });
    this.reader.catch(() => {
      this.reader = null;
    });
    return this.reader;
  }

  async getBytes(offset: number, length: number): Promise<RangeResponse> {
    return (await this.fileSource()).getBytes(offset, length);
  }
}
