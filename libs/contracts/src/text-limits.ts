/**
 * Lengths a request and the event or contract it becomes must agree on: a request that passes its
 * checks must never make an event its consumers refuse. Each side uses these names, not the number.
 * (The body's and a reclassification reason's are in the vocabulary: MaxBodyLength,
 * MaxReclassificationReasonLength.)
 */

/** An adviser's note on an escalation, a forwarding, a servicedesk case or a put-back (InquiryWorkChanged). */
export const MaxAdviserNoteLength = 4000;

/** Each language of a notice's longer text: a description or an update's message (NoticeText). */
export const MaxNoticeTextLength = 4000;

/** The note of a case's status change, sent to the reporter (CaseStatusChanged). */
export const MaxCaseNoteLength = 2000;

/** An email address: 64 characters before the @ and 255 after (RFC 5321), as an inquiry's party carries it. */
export const MaxEmailAddressLength = 320;

/** An inquiry's sender's name (InquiryParty). */
export const MaxSenderNameLength = 200;

/** An inquiry's subject. */
export const MaxSubjectLength = 1000;

/** How many attachments an inquiry describes; a channel keeps the first ones. */
export const MaxAttachments = 50;

/** An attachment's file name, and its content type (AttachmentMeta). */
export const MaxAttachmentFilenameLength = 255;
export const MaxAttachmentContentTypeLength = 255;
