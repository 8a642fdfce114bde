import { AttachmentMeta, Inquiry, MaxBodyLength, withoutControlCharacters } from '@inquiry-router/contracts';
import type { SocialMessage } from './social-message';

const contentTypeOf: Record<string, string> = {
  image: 'image/*',
  video: 'video/*',
  audio: 'audio/*',
  animated_gif: 'image/gif',
  photo: 'image/*',
};
const MaxNotedUrl = 2000;

/**
 * The inquiry for one social message, its text without control characters (a NUL would make it
 * unrecordable). Attachments stay on the platform: their type and link are
 * noted in the body for the adviser, and listed as metadata (size unknown, so 0, and no
 * storageRef: nothing was fetched or stored).
 */
export function toSocialInquiry(
  m: SocialMessage,
  ids: { id: string; threadRef?: string },
  supportAccount: string,
  now = new Date(),
): Inquiry {
  const attachments = m.attachments.map((a, i) => attachmentMeta(a, i));
  const notes = m.attachments.map((a, i) => `[Vedlegg: ${attachments[i].filename}${a.url ? ` ${truncate(a.url, MaxNotedUrl)}` : ''}]`);
  const text = withoutControlCharacters(m.text).trim();
  const body = truncate([text, ...notes].filter((part) => part !== '').join('\n\n'), MaxBodyLength);
  return {
    id: ids.id,
    channel: 'social',
    receivedAt: m.sentAt ?? now.toISOString(),
    from: { handle: withoutControlCharacters(m.senderHandle), network: m.network },
    to: supportAccount,
    body,
    ...(ids.threadRef ? { threadRef: ids.threadRef } : {}),
    ...(attachments.length > 0 ? { attachments } : {}),
  };
}

function attachmentMeta(a: SocialMessage['attachments'][number], index: number): AttachmentMeta {
  const type = /^[a-z_]{1,30}$/.test(a.type) ? a.type : 'file';
  return { filename: filenameOf(a.url) ?? `${type}-${index + 1}`, contentType: contentTypeOf[type] ?? 'application/octet-stream', size: 0 };
}

/** The last path segment of the link, if it looks like a file name. */
function filenameOf(url: string | null): string | undefined {
  if (!url) return undefined;
  try {
    const segment = new URL(url).pathname.split('/').pop() ?? '';
    return /^[A-Za-z0-9._-]{1,200}\.[A-Za-z0-9]{1,10}$/.test(segment) ? segment : undefined;
  } catch {
    return undefined;
  }
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
