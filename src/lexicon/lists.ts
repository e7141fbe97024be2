/**
 * Every word list guanxi reads, by name: where the shipped list lives in
 * `dict/`, and what it is for. A name is also the tag that adds a word to
 * the list from a user dictionary (`--dict`, lines `word [weight] [tag]`).
 */

/** Words that name a thing of a type: jieba keeps them whole, and the rules type them. */
export const TYPED_LISTS = {
  unit: { file: 'units.tsv', doc: "a unit suffix (支行, 营业室); in units.tsv with its level and whether it names a sub-unit" },
  programme: { file: 'programmes.tsv', doc: 'a named programme (工行驿站, 雷锋存折)' },
  honour: { file: 'honours.tsv', doc: 'a named honour (全国文明单位, 工人先锋号)' },
  role: { file: 'roles.tsv', doc: 'a role or job (行长, 储蓄员, 网点负责人)' },
  product: { file: 'products.tsv', doc: 'a financial product (社保卡, 融e借)' },
  org: { file: 'orgs.tsv', doc: 'an organisation that is not a bank (中央文明委)' },
  bank: { file: 'banks.tsv', doc: 'a bank; in banks.tsv with its aliases and kind' },
  place: { file: 'places.tsv', doc: 'a place; in places.tsv under its province' },
} as const;
export type TypedTag = keyof typeof TYPED_LISTS;
export const TYPED_TAGS = Object.keys(TYPED_LISTS) as TypedTag[];

/**
 * Cue words: the words around a name that tell what it is (荣获“…”, “…”活动)
 * and the shapes of names (…先锋号, …经理). One word per line in
 * `dict/cues/<name>.txt`; the file's header says what the list does.
 */
export const CUE_LISTS = [
  'honour-suffix',
  'place-final',
  'not-in-place-pair',
  'programme-suffix',
  'event-suffix',
  'campaign-month-suffix',
  'honour-before',
  'honour-after',
  'programme-before',
  'programme-after',
  'programme-alias-after',
  'programme-name-tail',
  'honour-core',
  'honour-qualifier',
  'honour-weak-trigger',
  'honour-lone-trigger',
  'not-an-honour',
  'honour-tail',
  'product-after',
  'product-suffix',
  'slogan-after',
  'quote-modifies',
  'scam-after',
  'received-trigger',
  'honour-aim',
  'honour-list',
  'made-the-list',
  'org-suffix',
  'guidance-noun',
  'role-suffix',
  'article-unit-role',
  'top-post',
  'front-line-role',
  'unit-own-post',
  'role-in-name-gap',
  'role-phrase-verb',
  'appointed-verb',
  'appoint-as-verb',
  'post-adverb',
  'joined-verb',
  'unit-speciality',
  'joined-needs-work',
  'sent-verb',
  'surname-also-word',
  'honoured-after-name',
  'individual-honour-suffix',
  'collective-honour-word',
  'not-an-honour-ending',
  'not-a-programme-ending',
  'programme-team-head',
  'team-build-verb',
  'generic-team-word',
  'award-event-after',
  'honour-unit-quality',
  'person-after',
  'not-given-name',
  'public-noun',
  'elder-after-name',
  'not-occupation-jia',
  'speech-after-name',
  'speech-verb',
  'manner-before-speech',
  'anaphor',
  'credit-union-post',
  'unit-under-word',
  'company-form',
  'name-break',
  'not-in-name',
  'unit-kind-word',
  'generic-unit-name',
  'not-a-bank-unit',
  'unit-cut-word',
  'unit-build-verb',
  'byline-prefix',
  'byline-role',
  'reporter-role',
  'credit',
  'ethnic-group',
  'name-part-without-surname',
  'not-a-person',
  'other-body-post',
  'other-body-word',
  'own-institute',
  'post-qualifier',
  'honorific',
  'take-part-verb',
  'attended-event',
  'guide-verb',
  'association-suffix',
  'generic-topic',
  'subsidiary-place',
  'bank-group-word',
] as const;
export type CueList = (typeof CUE_LISTS)[number];

/** Lists with a format of their own; a `--dict` file that starts with `# list: NAME` is read in it. */
export const TABLE_LISTS = ['banks', 'bank-shapes', 'places', 'units', 'surnames'] as const;
export type TableList = (typeof TABLE_LISTS)[number];

/** jieba's own part-of-speech tags, which a user dictionary may also give a word. */
export const JIEBA_TAGS = new Set('a ad ag an b c d df dg e f g h i j k l m mg mq n ng nr nrfg nrt ns nt nz o p q r rg rr rz s t tg u ud ug uj ul uv uz v vd vg vi vn vq x y z zg eng'.split(' '));

export function isCueList(tag: string): tag is CueList {
  return (CUE_LISTS as readonly string[]).includes(tag);
}
export function isTypedTag(tag: string): tag is TypedTag {
  return tag in TYPED_LISTS;
}
