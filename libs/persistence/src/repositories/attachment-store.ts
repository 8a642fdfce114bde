import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';

export interface StoredAttachment {
  filename: string;
  contentType: string;
  size: number;
  /** `attachment:<uuid>`: what the inquiry's attachment metadata points to. */
  storageRef: string;
}

/** Attachment contents, stored before the inquiry is published. Storing the same file again is a no-op. */
export class AttachmentStore {
  constructor(private readonly db: DataSource) {}

  async put(inquiryId: string, file: { filename: string; contentType: string; content: Buffer }): Promise<StoredAttachment> {
    const sha256 = createHash('sha256').update(file.content).digest('hex');
    const rows: { id: string }[] = await this.db.query(
      `INSERT INTO attachment_contents (inquiry_id, filename, content_type, size, sha256, content)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (inquiry_id, sha256, filename) DO UPDATE SET stored_at = attachment_contents.stored_at
       RETURNING id`,
      [inquiryId, file.filename, file.contentType, file.content.length, sha256, file.content],
    );
    return { filename: file.filename, contentType: file.contentType, size: file.content.length, storageRef: `attachment:${rows[0].id}` };
  }
}
