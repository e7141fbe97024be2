/**
 * The statements that write one batch. Labels and relationship types cannot
 * be parameters in Cypher, so they are written into the text (backquoted;
 * they come from the graph model's closed lists); everything else is a
 * parameter.
 *
 * Merge rules, so that loading again, or loading a bigger build, adds
 * without duplicating: scalar properties take the newest value; `aliases`
 * and `evidence` grow by set union (a renamed node keeps its former name as
 * an alias); `confidence` keeps the maximum and `rule` follows it. An empty
 * list is no property at all (rows carry null), as Neo4j's import tool
 * stores it, so an online load and a bulk import give the same graph.
 */
import type { EdgeType, NodeType } from '../graph/types.js';

/**
 * Every load statement finds nodes through a uniqueness constraint, whatever
 * the statistics say, so a cached plan stays right; without this Neo4j
 * replans each statement whenever a load has changed the counts by half.
 */
const PREFIX = 'CYPHER replan=skip\n';

/** A label or type as a backquoted Cypher name. */
export function quote(name: string): string {
  return `\`${name.replace(/`/g, '``')}\``;
}

/** `x`, or null (no property) when it is an empty list. */
const orNone = (x: string): string => `CASE WHEN size(${x}) = 0 THEN null ELSE ${x} END`;

const MERGED_ALIASES = (v: string): string =>
  `reduce(acc = [], a IN coalesce(${v}.aliases, []) + [${v}.name] + coalesce(row.aliases, []) |` +
  ` CASE WHEN a IS NULL OR a = row.props.name OR a IN acc THEN acc ELSE acc + a END)`;
const MERGED_EVIDENCE = (v: string): string =>
  `coalesce(${v}.evidence, []) + [e IN coalesce(row.evidence, []) WHERE NOT e IN coalesce(${v}.evidence, [])]`;

// SET items apply in order: aliases first, while n.name is still the stored name.
const MERGE_ENTITY = (v: string, hasAliases: boolean): string =>
  [
    ...(hasAliases ? [`${v}.aliases = ${orNone(MERGED_ALIASES(v))}`] : []),
    `${v}.evidence = ${orNone(MERGED_EVIDENCE(v))}`,
    `${v}.rule = CASE WHEN ${v}.confidence IS NULL OR row.confidence >= ${v}.confidence THEN row.rule ELSE ${v}.rule END`,
    `${v}.confidence = CASE WHEN ${v}.confidence IS NULL OR row.confidence > ${v}.confidence THEN row.confidence ELSE ${v}.confidence END`,
    `${v} += row.props`,
  ].join(',\n    ');

/** Which of a batch's ids are already in the database (one index seek each). */
export function existingStatement(label: NodeType): string {
  return `${PREFIX}UNWIND $ids AS id
MATCH (n:${quote(label)} {id: id})
RETURN collect(id) AS existing`;
}

/** Nodes not in the database yet: a plain CREATE (the uniqueness constraint still guards it). */
export function nodeCreateStatement(label: NodeType): string {
  return `${PREFIX}UNWIND $rows AS row
CREATE (n:${quote(label)} {id: row.id, aliases: row.aliases, evidence: row.evidence, confidence: row.confidence, rule: row.rule})
SET n += row.props`;
}

/** Nodes that may exist: merged with the rules above. */
export function nodeStatement(label: NodeType): string {
  return `${PREFIX}UNWIND $rows AS row
MERGE (n:${quote(label)} {id: row.id})
ON CREATE SET n += row.props, n.aliases = row.aliases, n.evidence = row.evidence, n.confidence = row.confidence, n.rule = row.rule
ON MATCH SET ${MERGE_ENTITY('n', true)}`;
}

const MATCH_ENDS = (type: EdgeType, sourceLabel: NodeType, targetLabel: NodeType, keyword: 'MERGE' | 'CREATE'): string =>
  `${PREFIX}UNWIND $rows AS row
MATCH (a:${quote(sourceLabel)} {id: row.s})
MATCH (b:${quote(targetLabel)} {id: row.t})
${keyword} (a)-[r:${quote(type)}]->(b)`;

export function edgeStatement(type: EdgeType, sourceLabel: NodeType, targetLabel: NodeType): string {
  return `${MATCH_ENDS(type, sourceLabel, targetLabel, 'MERGE')}
ON CREATE SET r += row.props, r.evidence = row.evidence, r.confidence = row.confidence, r.rule = row.rule
ON MATCH SET ${MERGE_ENTITY('r', false)}`;
}

/**
 * For relationships with an endpoint this load created: no relationship can
 * exist there yet, so CREATE skips MERGE's search and its locking.
 */
export function edgeCreateStatement(type: EdgeType, sourceLabel: NodeType, targetLabel: NodeType): string {
  return `${MATCH_ENDS(type, sourceLabel, targetLabel, 'CREATE')}
SET r += row.props, r.evidence = row.evidence, r.confidence = row.confidence, r.rule = row.rule`;
}
