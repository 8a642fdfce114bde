/**
 * The Message-IDs our mails carry. A receipt is `<inquiry id@inquiry-router>` (an answer's
 * In-Reply-To and References name the inquiry and its thread the same way), an answer is
 * `<message id@outbound.inquiry-router>`, and a notice mail `<delivery id@notice.inquiry-router>`:
 * each kind has its own domain, so a delivery id is never read as an inquiry id.
 */
const InquiryDomain = 'inquiry-router';
const OutboundDomain = `outbound.${InquiryDomain}`;
const NoticeDomain = `notice.${InquiryDomain}`;

/** The Message-ID naming an inquiry or thread (a receipt's own, an answer's In-Reply-To and References). */
export const inquiryMessageId = (inquiryId: string): string => `<${inquiryId}@${InquiryDomain}>`;

/** The Message-ID of an answer the email adapter sends. */
export const outboundMessageId = (messageId: string): string => `<${messageId}@${OutboundDomain}>`;

/** The Message-ID of a notice mail: the delivery id, so a repeated attempt is recognisably the same message. */
export const noticeMessageId = (deliveryId: string): string => `<${deliveryId}@${NoticeDomain}>`;

// Domains compare case-insensitively (RFC 5321), and some clients drop the angle brackets.
const idAt = (domain: string) => new RegExp(`^<?([^<>@\\s]{1,200})@${domain.replace(/\./g, '\\.')}>?$`, 'i');
const inquiryForm = idAt(InquiryDomain);
const outboundForm = idAt(OutboundDomain);

/** The inquiry (or thread) id a Message-ID of ours names, or null. */
export function inquiryOfMessageId(messageId: string | null | undefined): string | null {
  return messageId?.trim().match(inquiryForm)?.[1] ?? null;
}

/** The outbound message id in the Message-ID of an answer we sent, or null. */
export function outboundMessageIdOf(messageId: string | null | undefined): string | null {
  return messageId?.trim().match(outboundForm)?.[1] ?? null;
}
