import { z } from 'zod';
import { SAFEGUARDING_SEVERITIES } from '../protocol/vocabulary.js';
import { AnswerName, Condition } from './condition.js';

/**
 * Flows are data: this schema is the contract for flows/*.json. Objects are strict so a typo such
 * as "nxt" fails on load instead of silently ending a family's conversation.
 */

/** Every visible word is an i18next key, so no English reaches a family who reads another language. */
export const TextKey = z
  .string()
  .regex(/^(flows|common):[\w-]+(\.[\w-]+)*$/, 'must be an i18next key in the flows or common namespace, e.g. "flows:ffd.welcome"');

export const NodeId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'node ids are lower-case kebab-case');

const Option = z.strictObject({
  /** At most 100 characters: the widget's answer frame allows no more. */
  value: z.string().min(1).max(100),
  label: TextKey,
  /** Choosing this option is itself a safeguarding signal (e.g. "someone is in danger now"). */
  signal: z.enum(SAFEGUARDING_SEVERITIES).optional(),
});
export type FlowOption = z.infer<typeof Option>;

const Options = z
  .array(Option)
  .min(1)
  .refine((options) => new Set(options.map((o) => o.value)).size === options.length, 'option values must be unique');

export const SayNode = z.strictObject({ kind: z.literal('say'), text: TextKey, next: NodeId });

export const ChoiceNode = z.strictObject({
  kind: z.literal('choice'),
  prompt: TextKey,
  options: Options,
  saveAs: AnswerName,
  summary: z.enum(['who', 'urgency']).optional(),
  next: NodeId,
});

export const MultiChoiceNode = z
  .strictObject({
    kind: z.literal('multi-choice'),
    prompt: TextKey,
    options: Options,
    saveAs: AnswerName,
    summary: z.enum(['needs', 'childAges']).optional(),
    /** Defaults to 1; 0 lets the family move on without choosing. */
    min: z.number().int().min(0).optional(),
    max: z.number().int().min(1).optional(),
    next: NodeId,
  })
  .refine((n) => n.max === undefined || (n.min ?? 1) <= n.max, 'min must not be more than max')
  .refine((n) => (n.min ?? 1) <= n.options.length, 'min must not be more than the number of options');

export const FreeTextNode = z.strictObject({
  kind: z.literal('free-text'),
  prompt: TextKey,
  saveAs: AnswerName,
  summary: z.literal('ownWords').optional(),
  optional: z.boolean().optional(),
  maxLength: z.number().int().min(1).max(4000).optional(),
  next: NodeId,
});

export const PostcodeNode = z.strictObject({
  kind: z.literal('postcode'),
  prompt: TextKey,
  saveAs: AnswerName,
  summary: z.literal('postcode').optional(),
  optional: z.boolean().optional(),
  next: NodeId,
});

export const BranchNode = z.strictObject({
  kind: z.literal('branch'),
  cases: z.array(z.strictObject({ when: Condition, next: NodeId })).min(1),
  otherwise: NodeId,
});

export const ResourcesNode = z.strictObject({
  kind: z.literal('resources'),
  intro: TextKey,
  pageSize: z.number().int().min(1).max(10),
  next: NodeId,
});

export const OfferHandoffNode = z.strictObject({
  kind: z.literal('offer-handoff'),
  prompt: TextKey,
  talkLabel: TextKey,
  moreLabel: TextKey,
  doneLabel: TextKey,
  onTalk: NodeId,
  onDone: NodeId,
});

export const EndNode = z.strictObject({ kind: z.literal('end'), text: TextKey.optional() });

export const FlowNode = z.discriminatedUnion('kind', [
  SayNode,
  ChoiceNode,
  MultiChoiceNode,
  FreeTextNode,
  PostcodeNode,
  BranchNode,
  ResourcesNode,
  OfferHandoffNode,
  EndNode,
]);

export const FlowDefinition = z.strictObject({
  id: NodeId,
  version: z.number().int().min(1),
  start: NodeId,
  nodes: z.record(NodeId, FlowNode),
});

export type SayNode = z.infer<typeof SayNode>;
export type ChoiceNode = z.infer<typeof ChoiceNode>;
export type MultiChoiceNode = z.infer<typeof MultiChoiceNode>;
export type FreeTextNode = z.infer<typeof FreeTextNode>;
export type PostcodeNode = z.infer<typeof PostcodeNode>;
export type BranchNode = z.infer<typeof BranchNode>;
export type ResourcesNode = z.infer<typeof ResourcesNode>;
export type OfferHandoffNode = z.infer<typeof OfferHandoffNode>;
export type EndNode = z.infer<typeof EndNode>;
export type FlowNode = z.infer<typeof FlowNode>;
export type FlowDefinition = z.infer<typeof FlowDefinition>;
/** The summary fields a node's answer can feed. */
export type SummaryTag = NonNullable<
  ChoiceNode['summary'] | MultiChoiceNode['summary'] | FreeTextNode['summary'] | PostcodeNode['summary']
>;
