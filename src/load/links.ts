/**
 * The corpus-wide links of a build, run inside Neo4j over everything the
 * database holds: for archives built in shards (by folder, by date) on
 * several machines and loaded into one database. Node keys are
 * deterministic, so the shards' nodes and relationships merge by key on
 * load; what a shard cannot see is the rest of the corpus, and of the
 * corpus-wide passes (src/resolve/merge.ts) one gives a different answer:
 *
 * A unit with no parent in the text is placed under "the one province
 * branch of its bank that the same articles name"
 * (`part_of.article-province-branch`). A shard decides that alone, so the
 * loaded shards can hold such a PART_OF where the whole corpus gives none:
 * the unit has another parent in another shard, or two shards placed it
 * under two province branches, or other articles name a second province
 * branch with it. This pass removes those relationships.
 *
 * What is not done here, and why, is in docs/neo4j.md ("Sharded builds").
 */
import type { Driver } from 'neo4j-driver';

export const ARTICLE_PROVINCE_RULE = 'part_of.article-province-branch';

export interface LinkReport {
  /** Units that had a PART_OF from the rule above. */
  units: number;
  /** Those relationships removed. */
  removed: number;
}

/** `Branch:中国工商银行|辽宁分行` → `辽宁分行` (branch keys are `Branch:BANK|CORE`, src/resolve/file-graph.ts). */
function coreOf(id: string): string {
  return id.slice(id.indexOf('|') + 1);
}

/**
 * Province branches have a core of a province and 分行 (辽宁分行), as in
 * merge.ts's placeOf. The provinces come from the lexicon, which the caller
 * reads (it sits above src/load's layer).
 */
export function provinceBranchTest(provinces: Iterable<string>): (id: string) => boolean {
  const cores = new Set([...provinces].map((p) => `${p}分行`));
  return (id) => cores.has(coreOf(id));
}

const CANDIDATES = `MATCH (u:Branch)-[e:PART_OF]->(:Branch) WHERE e.rule = $rule
WITH DISTINCT u
MATCH (u)-[r:PART_OF]->(p:Branch)
WITH u,
     collect(CASE WHEN r.rule = $rule THEN p.id END) AS provinceParents,
     count(CASE WHEN r.rule <> $rule THEN 1 END) AS otherParents
OPTIONAL MATCH (u)<-[:MENTIONS]-(:Article)-[:MENTIONS]->(q:Branch)
WHERE q <> u AND q.bank = u.bank
RETURN u.id AS unit, provinceParents, otherParents, collect(DISTINCT q.id) AS named`;

const REMOVE = `UNWIND $units AS id
MATCH (u:Branch {id: id})-[e:PART_OF]->(:Branch)
WHERE e.rule = $rule
DELETE e
RETURN count(*) AS removed`;

/** Runs the pass; the caller holds the load lock (lock.ts). */
export async function linkCorpus(driver: Driver, database: string, isProvinceBranch: (id: string) => boolean): Promise<LinkReport> {
  const session = driver.session({ database });
  try {
    const { records } = await session.executeRead((tx) => tx.run(CANDIDATES, { rule: ARTICLE_PROVINCE_RULE }));
    const wrong: string[] = [];
    for (const r of records) {
      const parents = r.get('provinceParents') as string[];
      const named = new Set([...(r.get('named') as string[]), ...parents].filter(isProvinceBranch));
      if ((r.get('otherParents') as number) > 0 || parents.length > 1 || named.size > 1) wrong.push(r.get('unit') as string);
    }
    let removed = 0;
    for (let i = 0; i < wrong.length; i += 10_000) {
      const units = wrong.slice(i, i + 10_000);
      const result = await session.executeWrite((tx) => tx.run(REMOVE, { units, rule: ARTICLE_PROVINCE_RULE }));
      removed += result.records[0]?.get('removed') as number;
    }
    return { units: records.length, removed };
  } finally {
    await session.close();
  }
}
