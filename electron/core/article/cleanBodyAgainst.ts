import { z } from 'zod';
import { bodySchema } from '../schema';
import { deepNfc } from '../text';
import { cleanBody, cleanNode } from './body';
import { BodyNode, type BodyDoc } from './schema';

/** Whether two JSON values are the same value. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!jsonEqual(a[i], b[i])) return false;
    return true;
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  if (keys.length !== Object.keys(right).length) return false;
  for (const key of keys) if (!Object.hasOwn(right, key) || !jsonEqual(left[key], right[key])) return false;
  return true;
}

const Blocks = z.array(BodyNode);
const Envelope = z.object({ type: z.literal('doc'), content: z.array(z.unknown()) });

export class BodyShapeError extends Error {
  constructor(readonly issues: z.ZodError) {
    super('the body is not the shape of a document');
  }
}

/**
 * `cleanBody` for a body that is mostly a stored (clean) one: an autosave of a long article sends
 * the whole body, though typing changed a block or two. The blocks at the start and at the end
 * that are the same as the stored ones are kept as they are stored (the very same objects);
 * only those between are checked, normalized and cleaned. The result is what `cleanBody` would
 * give for the whole body, and the same bodies are refused.
 */
export function cleanBodyAgainst(stored: BodyDoc, incoming: unknown): BodyDoc {
  const envelope = Envelope.safeParse(incoming);
  if (!envelope.success) throw new BodyShapeError(envelope.error);
  const next = envelope.data.content;
  const old = stored.content;
  let head = 0;
  while (head < next.length && head < old.length && jsonEqual(next[head], old[head])) head++;
  let tail = 0;
  while (tail < next.length - head && tail < old.length - head && jsonEqual(next[next.length - 1 - tail], old[old.length - 1 - tail])) tail++;
  const middle = Blocks.safeParse(next.slice(head, next.length - tail));
  if (!middle.success) throw new BodyShapeError(middle.error);
  const content = [...old.slice(0, head), ...deepNfc(middle.data).map(cleanNode), ...old.slice(old.length - tail)];
  // The document's own rule (at least one block) is the whole body's: checked the full way.
  if (content.length === 0) return cleanBody({ type: 'doc', content });
  const schema = bodySchema();
  const topLevel = schema.topNodeType.contentMatch;
  for (let i = head; i < content.length - tail; i++) {
    const node = schema.nodeFromJSON(content[i]);
    node.check();
    if (!topLevel.matchType(node.type)) throw new Error(`a ${node.type.name} cannot stand on its own in the body`);
  }
  return { type: 'doc', content };
}
