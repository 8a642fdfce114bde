import type { StoredAttachment } from '@inquiry-router/persistence';

/** Where received attachments' contents are kept before the inquiry naming them is published. */
export abstract class AttachmentContents {
  /** Stores one file of the inquiry (again: no change) and returns what the inquiry's metadata points to. */
  abstract put(inquiryId: string, file: { filename: string; contentType: string; content: Buffer }): Promise<StoredAttachment>;
}
