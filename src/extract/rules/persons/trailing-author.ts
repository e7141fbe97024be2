/**
 * (宋某某), (李某 韩某), (童某/图): the author named in brackets where a paragraph ends, after its last full
 * stop, as many news sites print it. Only full names, none a word jieba knows as something else, so that
 * (左二) or (记者节) stay what they are.
 */
import { cues } from '../../cues.js';
import { defineMentionRule } from '../../rule.js';
import { notAName } from '../../scan/persons.js';
import { parseByline } from '../../../repair/bylines.js';

const TRAILING = /(?:^|[。！？!?”"…])\s*[（(]((?:[\u4e00-\u9fff]{2,3}(?:\s*[/／][文图]|[（(][文图][）)])?[\s、，,]*){1,4})[）)]/g;
const NAME_TAGS = /^(?:nr|nrfg|nrt|x)$/;
/** A byline in brackets at a paragraph's end, roles and all: (某某 某某 记者 某某). */
const TRAILING_BYLINE = /(?:^|[。！？!?”"…])\s*([（(][^（）()]{4,30}[）)])\s*$/;
/** (左二), (右三), (前排左一): where a person stands in a photo, not a name. */
const POSITION = /^(?:前排|后排|中间)?[左右中前后上下][一二三四五六七八九十起]/;

export const personTrailingAuthor = defineMentionRule({
  id: 'person.trailing-author',
  description: 'authors in brackets after the last full stop of a paragraph ((某某), (某某 某某))',
  produces: 'Person',
  confidence: 0.85,
  strength: 'certain',
  run(s, ctx, emit) {
    const c = cues(ctx.lex);
    const names = ctx.lex.names;
    let emitted = false;
    for (const m of s.text.matchAll(TRAILING)) {
      const from = m.index + m[0].indexOf(m[1]!, m[0].search(/[（(]/));
      const items = [...m[1]!.matchAll(/([\u4e00-\u9fff]{2,3})(\s*[/／][文图]|[（(][文图][）)])?/g)].map((it) => ({ name: it[1]!, start: from + it.index, photo: /图/.test(it[2] ?? '') }));
      const ok = items.every(({ name, start }) => {
        if (!names.looksLikeFullName(name) || notAName(name, c, names) || POSITION.test(name)) return false;
        const whole = s.tokens.find((t) => t.start === start && t.word.length === name.length);
        return !whole || NAME_TAGS.test(whole.tag);
      });
      if (!ok) continue;
      emitted = true;
      for (const { name, start, photo } of items) emit({ type: 'Person', name, surface: s.surface.slice(start, start + name.length), sentence: s.index, start, end: start + name.length, role: photo ? '摄影' : '作者' });
    }
    // (With roles in it, the bracket is read as a byline is: 记者 and 通讯员 say who is which.)
    const byline = TRAILING_BYLINE.exec(s.text);
    if (byline && !emitted) {
      const from = byline.index + byline[0].indexOf(byline[1]!);
      for (const p of parseByline(byline[1]!, ctx.lex) ?? []) {
        emit({ type: 'Person', name: p.name, surface: s.surface.slice(from + p.start, from + p.end), sentence: s.index, start: from + p.start, end: from + p.end, role: p.role });
      }
    }
  },
});
