/**
 * valibot schemas. Messages are "中文||English" pairs; lib/annotations/webannotation.ts splits them into the
 * bilingual import errors.
 */
import * as v from 'valibot';
import { NOTE_STATUSES } from './types.ts';

const ISO = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

export const IsoDate = v.pipe(
  v.string(),
  v.check((s) => ISO.test(s) && !Number.isNaN(Date.parse(s)), '不是有效的 ISO 8601 日期时间||is not an ISO 8601 date-time'),
);

const NonEmpty = v.pipe(v.string(), v.minLength(1, '不能为空||must not be empty'));
const Offset = v.pipe(
  v.number(),
  v.integer('应为整数||must be an integer'),
  v.minValue(0, '不能为负数||must not be negative'),
);

export const TextQuoteSelectorSchema = v.looseObject({
  type: v.literal('TextQuoteSelector'),
  exact: NonEmpty,
  prefix: v.optional(v.string()),
  suffix: v.optional(v.string()),
});

export const TextPositionSelectorSchema = v.pipe(
  v.looseObject({
    type: v.literal('TextPositionSelector'),
    start: Offset,
    end: Offset,
  }),
  v.check((s) => s.end >= s.start, 'end 不能小于 start||end must not be less than start'),
);

/** Selectors of other types (RangeSelector, XPathSelector …) are accepted and ignored. */
const OtherSelectorSchema = v.looseObject({
  type: v.pipe(
    v.string('应为字符串||must be a string'),
    v.check((t) => t !== 'TextQuoteSelector' && t !== 'TextPositionSelector'),
  ),
});

export const SelectorSchema = v.variant('type', [TextQuoteSelectorSchema, TextPositionSelectorSchema, OtherSelectorSchema]);

export const StatusSchema = v.picklist(NOTE_STATUSES, '应为 open / confirmed / false-positive / fixed 之一||must be one of open, confirmed, false-positive, fixed');

/** One item of a W3C Annotation, before its target, body and creator are normalised. */
export const WebAnnotationSchema = v.looseObject({
  id: NonEmpty,
  type: v.optional(v.union([v.string(), v.array(v.string())])),
  motivation: v.optional(v.union([v.string(), v.array(v.string())])),
  created: v.optional(IsoDate),
  modified: v.optional(IsoDate),
  target: v.union([v.string(), v.looseObject({}), v.array(v.unknown())], '应为对象||must be an object'),
  bodyValue: v.optional(v.string()),
  'gea:docKey': v.optional(NonEmpty),
  'gea:status': v.optional(StatusSchema),
  'gea:reason': v.optional(v.string()),
  'gea:findingKey': v.optional(v.string()),
});

export const TargetSchema = v.looseObject({
  source: NonEmpty,
  selector: v.optional(v.unknown()),
});

/** A TextualBody (or any body object with a string value). */
export const BodySchema = v.looseObject({
  type: v.optional(v.string()),
  purpose: v.optional(v.string()),
  value: v.optional(v.string()),
});

/** Stored note (IndexedDB / internal). */
export const NoteSchema = v.object({
  id: NonEmpty,
  docKey: NonEmpty,
  quote: v.object({
    type: v.literal('TextQuoteSelector'),
    exact: NonEmpty,
    prefix: v.optional(v.string()),
    suffix: v.optional(v.string()),
  }),
  position: v.optional(
    v.pipe(
      v.object({ type: v.literal('TextPositionSelector'), start: Offset, end: Offset }),
      v.check((s) => s.end >= s.start, 'end 不能小于 start||end must not be less than start'),
    ),
  ),
  body: v.string(),
  tags: v.array(v.string()),
  status: StatusSchema,
  reason: v.optional(v.string()),
  reviewer: v.string(),
  ruleId: v.optional(v.string()),
  findingKey: v.optional(v.string()),
  created: IsoDate,
  updated: IsoDate,
});

export type NoteInput = v.InferInput<typeof NoteSchema>;
