import { socialMessageId } from '@inquiry-router/intake';
import { ParsedWebhook, ShapeReader, SocialMessage, isoFromMillis } from '../social-message';

const MaxEvents = 1000;
const MaxIdLength = 100;

/**
 * Reads an X account activity webhook body. Only `direct_message_events` of type
 * `message_create` are messages to us; every other event kind (tweets, likes, typing, reads) is
 * ignored, as are DMs our own account sent (`ownAccountIds`). Throws MalformedWebhook naming
 * every problem.
 */
export function parseXWebhook(body: unknown, ownAccountIds: ReadonlySet<string>): ParsedWebhook {
  const read = new ShapeReader();
  const root = read.object(body, 'body');
  read.throwIfAny();
  const forUser = read.optionalString(root!.for_user_id, 'for_user_id');
  if (root!.direct_message_events === undefined) {
    read.throwIfAny();
    return { messages: [], ignored: 1 };
  }
  const events = read.array(root!.direct_message_events, 'direct_message_events', MaxEvents);
  const users = root!.users === undefined ? {} : read.object(root!.users, 'users');
  read.throwIfAny();

  const messages: SocialMessage[] = [];
  let ignored = 0;
  events!.forEach((rawEvent, i) => {
    const at = `direct_message_events[${i}]`;
    const event = read.object(rawEvent, at);
    if (!event) return;
    const type = read.optionalString(event.type, `${at}.type`);
    if (type !== 'message_create') {
      ignored += 1;
      return;
    }
    const id = read.string(event.id, `${at}.id`, 200);
    const create = read.object(event.message_create, `${at}.message_create`);
    if (!create) return;
    const senderId = read.string(create.sender_id, `${at}.message_create.sender_id`, MaxIdLength);
    const target = read.object(create.target, `${at}.message_create.target`);
    const recipientId = target ? read.string(target.recipient_id, `${at}.message_create.target.recipient_id`, MaxIdLength) : null;
    const data = read.object(create.message_data, `${at}.message_create.message_data`);
    const text = data ? (read.optionalString(data.text, `${at}.message_create.message_data.text`) ?? '') : '';
    const attachments = data ? readAttachment(read, data.attachment, `${at}.message_create.message_data.attachment`) : [];
    if (id === null || senderId === null || recipientId === null || !data) return;
    if (ownAccountIds.has(senderId) || senderId === forUser || (text.trim() === '' && attachments.length === 0)) {
      ignored += 1;
      return;
    }
    messages.push({
      network: 'x',
      messageId: socialMessageId('x', id),
      senderId,
      senderHandle: screenName(users!, senderId) ?? senderId,
      accountId: recipientId,
      text,
      attachments,
      sentAt: isoFromMillis(event.created_timestamp),
    });
  });
  read.throwIfAny();
  return { messages, ignored };
}

/** The sender's `@screen_name` from the payload's `users` map, if it is there and sane. */
function screenName(users: Record<string, unknown>, id: string): string | undefined {
  const user = Object.hasOwn(users, id) ? users[id] : undefined;
  if (user === null || typeof user !== 'object') return undefined;
  const name = (user as Record<string, unknown>).screen_name;
  return typeof name === 'string' && /^[A-Za-z0-9_]{1,50}$/.test(name) ? `@${name}` : undefined;
}

function readAttachment(read: ShapeReader, value: unknown, path: string): SocialMessage['attachments'] {
  if (value === undefined || value === null) return [];
  const attachment = read.object(value, path);
  if (!attachment) return [];
  const media = read.isObject(attachment.media) ? attachment.media : {};
  const url = read.optionalString(media.media_url_https, `${path}.media.media_url_https`);
  const type = read.optionalString(media.type, `${path}.media.type`) ?? read.optionalString(attachment.type, `${path}.type`) ?? 'media';
  return [{ type, url: url ?? null }];
}
