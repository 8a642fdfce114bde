import { socialMessageId } from '@inquiry-router/intake';
import { MaxAttachments } from '@inquiry-router/contracts';
import { Network, ParsedWebhook, ShapeReader, SocialMessage, isoFromMillis } from '../social-message';

const MaxEntries = 1000;
const MaxEvents = 1000;
const MaxIdLength = 100;

/**
 * Reads a Messenger or Instagram webhook body
 * (`{object, entry: [{id, time, messaging: [{sender, recipient, timestamp, message}]}]}`).
 * Tolerant of fields it does not know, strict about the ones it uses: a message must have its
 * `mid`, sender and recipient ids. Throws MalformedWebhook naming every problem.
 */
export function parseMetaWebhook(body: unknown): ParsedWebhook {
  const read = new ShapeReader();
  const root = read.object(body, 'body');
  read.throwIfAny();
  const objectType = root!.object;
  const network: Network | undefined = objectType === 'page' ? 'facebook' : objectType === 'instagram' ? 'instagram' : undefined;
  if (!network) read.problems.push(`object must be "page" or "instagram"`);
  const entries = read.array(root!.entry, 'entry', MaxEntries);
  read.throwIfAny();

  const messages: SocialMessage[] = [];
  let ignored = 0;
  entries!.forEach((rawEntry, e) => {
    const entry = read.object(rawEntry, `entry[${e}]`);
    if (!entry) return;
    if (entry.messaging === undefined) {
      ignored += 1; // `changes` (feed, comments) and other subscriptions we do not take in
      return;
    }
    const events = read.array(entry.messaging, `entry[${e}].messaging`, MaxEvents);
    events?.forEach((rawEvent, i) => {
      const at = `entry[${e}].messaging[${i}]`;
      const event = read.object(rawEvent, at);
      if (!event) return;
      if (event.message === undefined) {
        ignored += 1; // delivery, read, postback, reaction, referral …
        return;
      }
      const message = read.object(event.message, `${at}.message`);
      const sender = read.object(event.sender, `${at}.sender`);
      const recipient = read.object(event.recipient, `${at}.recipient`);
      if (!message || !sender || !recipient) return;
      const mid = read.string(message.mid, `${at}.message.mid`, 1000);
      const senderId = read.string(sender.id, `${at}.sender.id`, MaxIdLength);
      const recipientId = read.string(recipient.id, `${at}.recipient.id`, MaxIdLength);
      const text = read.optionalString(message.text, `${at}.message.text`) ?? '';
      const attachments = readAttachments(read, message.attachments, `${at}.message.attachments`);
      if (message.is_echo !== undefined && typeof message.is_echo !== 'boolean')
        read.problems.push(`${at}.message.is_echo must be a boolean`);
      if (mid === null || senderId === null || recipientId === null) return;
      // Our own messages echoed back, and deleted or unsupported messages with nothing in them.
      if (message.is_echo === true || (text.trim() === '' && attachments.length === 0)) {
        ignored += 1;
        return;
      }
      messages.push({
        network: network!,
        messageId: socialMessageId(network!, mid),
        senderId,
        senderHandle: senderId,
        accountId: recipientId,
        text,
        attachments,
        sentAt: isoFromMillis(event.timestamp),
      });
    });
  });
  read.throwIfAny();
  return { messages, ignored };
}

function readAttachments(read: ShapeReader, value: unknown, path: string): SocialMessage['attachments'] {
  if (value === undefined || value === null) return [];
  const list = read.array(value, path, MaxAttachments);
  if (!list) return [];
  return list.flatMap((raw, i) => {
    const attachment = read.object(raw, `${path}[${i}]`);
    if (!attachment) return [];
    const type = read.optionalString(attachment.type, `${path}[${i}].type`) ?? 'file';
    const payload = attachment.payload;
    const url = read.isObject(payload) ? read.optionalString(payload.url, `${path}[${i}].payload.url`) : undefined;
    return [{ type, url: url ?? null }];
  });
}
