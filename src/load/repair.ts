/**
 * Repairs relationships the read-back check found more than once for one
 * (source, type, target) of the graph: what two concurrent loads of an older
 * guanxi, or another writer, could leave. The copies become one
 * relationship with the merge rules of a load (cypher.ts): evidence by set
 * union, the highest confidence with its rule; other properties of the
 * first copy win, the others fill in what it lacks.
 */
import type { Driver } from 'neo4j-driver';
import { quote } from './cypher.js';
import type { DuplicatedPair } from './verify.js';

const REPAIR_BATCH = 1_000;

function repairStatement(type: string, sourceLabel: string, targetLabel: string): string {
  // Each source's relationships of the type are read once (never pair by pair: see verify.ts).
  return `UNWIND $sources AS s
MATCH (a:${quote(sourceLabel)} {id: s})-[r:${quote(type)}]->(b:${quote(targetLabel)})
USING INDEX a:${quote(sourceLabel)}(id)
WITH a, b, r ORDER BY elementId(r)
WITH a, b, collect(r) AS rs
WHERE size(rs) > 1
WITH head(rs) AS keep, tail(rs) AS extra, [x IN rs | properties(x)] AS props
WITH keep, extra, props,
     reduce(best = head(props), q IN props | CASE WHEN q.confidence > best.confidence THEN q ELSE best END) AS best,
     reduce(acc = [], q IN props | acc + [e IN coalesce(q.evidence, []) WHERE NOT e IN acc]) AS evidence
FOREACH (x IN reverse(extra) | SET keep += properties(x))
SET keep += head(props)
SET keep.evidence = evidence, keep.confidence = best.confidence, keep.rule = best.rule
FOREACH (x IN extra | DELETE x)
RETURN sum(size(extra)) AS removed`;
}

/** Returns how many extra relationships were removed. */
export async function repairDuplicates(driver: Driver, database: string, pairs: readonly DuplicatedPair[]): Promise<number> {
  const groups = new Map<string, DuplicatedPair[]>();
  for (const p of pairs) {
    const key = `${p.type}\u0000${p.sourceLabel}\u0000${p.targetLabel}`;
    const list = groups.get(key);
    if (list) list.push(p);
    else groups.set(key, [p]);
  }
  const session = driver.session({ database });
  let removed = 0;
  try {
    for (const list of groups.values()) {
      const { type, sourceLabel, targetLabel } = list[0] as DuplicatedPair;
      const statement = repairStatement(type, sourceLabel, targetLabel);
      const sources = [...new Set(list.map((p) => p.s))];
      for (let i = 0; i < sources.length; i += REPAIR_BATCH) {
        const batch = sources.slice(i, i + REPAIR_BATCH);
        const result = await session.executeWrite((tx) => tx.run(statement, { sources: batch }));
        removed += (result.records[0]?.get('removed') as number | null) ?? 0;
      }
    }
  } finally {
    await session.close();
  }
  return removed;
}
