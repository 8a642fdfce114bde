import { XMLParser } from 'fast-xml-parser';
import { NamedError, type CallTurn, type GatherInput, type TwimlVerb } from '@inquiry-router/contracts';

// The shapes are the contracts' (the console shows them): a call turn as the caller meets it.
export type { CallTurn, GatherInput, TwimlVerb };

/** TwiML that is not a `<Response>` of the verbs `TwimlVerb` names. */
export class UnreadableTwiml extends NamedError {}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: true,
  parseTagValue: false,
  parseAttributeValue: false,
  // TwiML has no entities beyond XML's own; refusing others keeps a hostile document small.
  processEntities: true,
  htmlEntities: false,
});

type OrderedNode = Record<string, unknown> & { ':@'?: Record<string, string> };

function tagOf(node: OrderedNode): string {
  const tag = Object.keys(node).find((k) => k !== ':@');
  if (!tag) throw new UnreadableTwiml('an empty element');
  return tag;
}

function childrenOf(node: OrderedNode, tag: string): OrderedNode[] {
  const children = node[tag];
  return Array.isArray(children) ? (children as OrderedNode[]) : [];
}

function textOf(node: OrderedNode, tag: string): string {
  return childrenOf(node, tag)
    .map((child) => (typeof child['#text'] === 'string' ? child['#text'] : ''))
    .join('')
    .trim();
}

function numberOrNull(value: string | undefined): number | null {
  if (value === undefined || value.trim() === '') return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

function verbOf(node: OrderedNode): TwimlVerb {
  const tag = tagOf(node);
  const attributes = node[':@'] ?? {};
  switch (tag) {
    case 'Say':
      return { verb: 'say', text: textOf(node, tag) };
    case 'Pause':
      return { verb: 'pause', seconds: numberOrNull(attributes.length) ?? 1 };
    case 'Gather': {
      const inner = childrenOf(node, tag).map(verbOf);
      return {
        verb: 'gather',
        action: attributes.action ?? '',
        input: (attributes.input ?? 'dtmf').split(/\s+/).filter((i): i is GatherInput => i === 'dtmf' || i === 'speech'),
        numDigits: numberOrNull(attributes.numDigits),
        said: inner.flatMap((v) => (v.verb === 'say' ? [v.text] : [])),
      };
    }
    case 'Record':
      return {
        verb: 'record',
        action: attributes.action ?? '',
        transcribeCallback: attributes.transcribeCallback ?? null,
        finishOnKey: attributes.finishOnKey ?? null,
        maxLength: numberOrNull(attributes.maxLength),
      };
    case 'Redirect':
      return { verb: 'redirect', action: textOf(node, tag) };
    case 'Enqueue':
      return { verb: 'enqueue', queue: textOf(node, tag) };
    case 'Dial':
      return { verb: 'dial', number: textOf(node, tag) };
    case 'Hangup':
      return { verb: 'hangup' };
    default:
      throw new UnreadableTwiml(`<${tag}> is not a verb this reader knows`);
  }
}

/** Reads a TwiML `<Response>` as the caller meets it. */
export function readCallTurn(xml: string): CallTurn {
  let document: OrderedNode[];
  try {
    document = parser.parse(xml) as OrderedNode[];
  } catch (error) {
    throw new UnreadableTwiml(`not XML: ${(error as Error).message}`);
  }
  const response = document.find((node) => tagOf(node) !== '?xml');
  if (!response || tagOf(response) !== 'Response') throw new UnreadableTwiml('the document is not a TwiML <Response>');
  const verbs = childrenOf(response, 'Response').map(verbOf);

  const heard: string[] = [];
  let waitsFor: CallTurn['waitsFor'] = null;
  let ends: CallTurn['ends'] = null;
  // Twilio plays the verbs in order; a Gather or Record waits for the caller, and what follows it
  // is reached only when the caller gives nothing.
  const silentHeard: string[] = [];
  let silentThen: NonNullable<CallTurn['onSilence']>['then'] = null;
  for (const verb of verbs) {
    if (!waitsFor) {
      if (verb.verb === 'say') heard.push(verb.text);
      if (verb.verb === 'gather' || verb.verb === 'record') {
        if (verb.verb === 'gather') heard.push(...verb.said);
        waitsFor = verb;
      }
      if (verb.verb === 'enqueue' || verb.verb === 'dial' || verb.verb === 'hangup') {
        ends = verb;
        break;
      }
      continue;
    }
    if (silentThen) break;
    if (verb.verb === 'say') silentHeard.push(verb.text);
    if (verb.verb === 'gather') silentHeard.push(...verb.said);
    if (verb.verb === 'redirect' || verb.verb === 'record') silentThen = verb;
  }
  const onSilence = waitsFor ? { heard: silentHeard, then: silentThen } : null;
  return { verbs, heard, waitsFor, onSilence, ends };
}
