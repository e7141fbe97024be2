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
 *
 * Properties are written by name (`CREATE (n:L {id: row.id, name: row.props.name, …})`,
 * `n.name = coalesce(row.props.name, n.name)`), the names a batch's rows
 * use given with each statement: a map write (`SET n += row.props`) makes
 * Neo4j plan an Eager step, which holds the whole batch in memory between
 * operators, and made loads measurably slower.
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

/** `name: row.props.name, …` for a CREATE's map. */
const createProps = (keys: readonly string[]): string => keys.map((k) => `, ${quote(k)}: row.props.${quote(k)}`).join('');

/** `v.name = coalesce(row.props.name, v.name), …`: the newest value, an absent one leaves the property as it is. */
const updateProps = (v: string, keys: readonly string[]): string[] => keys.map((k) => `${v}.${quote(k)} = coalesce(row.props.${quote(k)}, ${v}.${quote(k)})`);

// SET items apply in order: aliases first, while n.name is still the stored name.
const MERGE_ENTITY = (v: string, hasAliases: boolean, keys: readonly string[]): string =>
  [
    ...(hasAliases ? [`${v}.aliases = ${orNone(MERGED_ALIASES(v))}`] : []),
    `${v}.evidence = ${orNone(MERGED_EVIDENCE(v))}`,
    `${v}.rule = CASE WHEN ${v}.confidence IS NULL OR row.confidence >= ${v}.confidence THEN row.rule ELSE ${v}.rule END`,
    `${v}.confidence = CASE WHEN ${v}.confidence IS NULL OR row.confidence > ${v}.confidence THEN row.confidence ELSE ${v}.confidence END`,
    ...updateProps(v, keys),
  ].join(',\n    ');

/** Which of a batch's ids are already in the database, with their element ids (one index seek each). */
export function existingStatement(label: NodeType): string {
  return `${PREFIX}UNWIND $ids AS id
MATCH (n:${quote(label)} {id: id})
RETURN collect([id, elementId(n)]) AS existing`;
}

/**
 * Nodes not in the database yet: a plain CREATE (the uniqueness constraint
 * still guards it). `keys`: the property names the rows use.
 */
export function nodeCreateStatement(label: NodeType, keys: readonly string[]): string {
  return `${PREFIX}UNWIND $rows AS row
CREATE (n:${quote(label)} {id: row.id, aliases: row.aliases, evidence: row.evidence, confidence: row.confidence, rule: row.rule${createProps(keys)}})
RETURN collect([row.id, elementId(n)]) AS written`;
}

/** Nodes that may exist: merged with the rules above. */
export function nodeStatement(label: NodeType, keys: readonly string[]): string {
  return `${PREFIX}UNWIND $rows AS row
MERGE (n:${quote(label)} {id: row.id})
ON CREATE SET ${['n.aliases = row.aliases', 'n.evidence = row.evidence', 'n.confidence = row.confidence', 'n.rule = row.rule', ...keys.map((k) => `n.${quote(k)} = row.props.${quote(k)}`)].join(', ')}
ON MATCH SET ${MERGE_ENTITY('n', true, keys)}
RETURN collect([row.id, elementId(n)]) AS written`;
}

/**
 * Endpoints by element id (the node batches of the same load return them):
 * a direct record lookup, where matching by key takes two index seeks, each
 * with a lock. The key is compared as well (through toString, so that the
 * planner keeps the element id lookup), so that a node another writer
 * deleted meanwhile, its id reused, is never taken for the endpoint: the row
 * is then not written, and the read-back check reports it.
 */
const MATCH_ENDS = (type: EdgeType, sourceLabel: NodeType, targetLabel: NodeType, keyword: 'MERGE' | 'CREATE', map = ''): string =>
  `${PREFIX}UNWIND $rows AS row
MATCH (a:${quote(sourceLabel)}) WHERE elementId(a) = row.a AND toString(a.id) = row.s
MATCH (b:${quote(targetLabel)}) WHERE elementId(b) = row.b AND toString(b.id) = row.t
${keyword} (a)-[r:${quote(type)}${map}]->(b)`;

export function edgeStatement(type: EdgeType, sourceLabel: NodeType, targetLabel: NodeType, keys: readonly string[]): string {
  return `${MATCH_ENDS(type, sourceLabel, targetLabel, 'MERGE')}
ON CREATE SET ${['r.evidence = row.evidence', 'r.confidence = row.confidence', 'r.rule = row.rule', ...keys.map((k) => `r.${quote(k)} = row.props.${quote(k)}`)].join(', ')}
ON MATCH SET ${MERGE_ENTITY('r', false, keys)}`;
}

/**
 * For relationships with an endpoint this load created: no relationship can
 * exist there yet, so CREATE skips MERGE's search and its locking.
 */
export function edgeCreateStatement(type: EdgeType, sourceLabel: NodeType, targetLabel: NodeType, keys: readonly string[]): string {
  return MATCH_ENDS(type, sourceLabel, targetLabel, 'CREATE', ` {evidence: row.evidence, confidence: row.confidence, rule: row.rule${createProps(keys)}}`);
}
