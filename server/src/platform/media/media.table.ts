export interface MediaTable {
  /** 32 lowercase hex characters: the storage key's first part and the public path's id. */
  id: string;
  /** The member of staff who uploaded it. */
  uploaded_by: number;
  /** Of the original image, upright. */
  width: number;
  height: number;
  /** Of the screen-sized (960 px) variant, what a page loads. */
  byte_size: number;
  created_at: number;
}

declare module '../../db/database' {
  interface Database {
    media: MediaTable;
  }
}
