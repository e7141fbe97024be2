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
 * Properties are written by name (`CREATE (n:L {id: row[0], name: row[5], …})`,
 * `n.name = coalesce(row[5], n.name)`), the names a batch's rows use given
 * with each statement: a map write (`SET n += row.props`) makes Neo4j plan
 * an Eager step, which holds the whole batch in memory between operators,
 * and made loads measurably slower.
 *
 * Each row is sent as a list, its fields by position (nodeRowValues,
 * edgeRowValues), not as a map: no key strings to pack per row and no map
 * to build on the server, which measured about a quarter less CPU on each
 * side for the same rows (the client's packing is a large part of a load
 * on two cores).
 *
 * Node statements return the nodes' internal ids, and relationship
 * statements find their endpoints by those ids (a direct record read)
 * rather than by key through the uniqueness constraint's index (a B-tree
 * seek that also takes an index-entry lock): the seeks were about a sixth of
 * the server's time in a load (Java Flight Recorder, bench/neo4j-cpu.ts).
 * An id is only trusted with its label and key: a node deleted by another
 * writer meanwhile, its id reused, is not matched, and the read-back check
 * reports the relationship missing, as with a lookup by key.
 */
import type { EdgeType, NodeType } from '../graph/types.js';
import type { EdgeRow, NodeRow } from './batches.js';

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

/** Where a row's fields are (Cypher expressions over `row`). */
interface Fields {
  aliases?: string;
  evidence: string;
  confidence: string;
  rule: string;
  /** A property by its position in the statement's keys. */
  prop: (index: number) => string;
}

// Node rows: [id, aliases, evidence, confidence, rule, ...properties in the order of keys].
const NODE_ID = 'row[0]';
const NODE: Fields = { aliases: 'row[1]', evidence: 'row[2]', confidence: 'row[3]', rule: 'row[4]', prop: (i) => `row[${5 + i}]` };
// Relationship rows: [source internal id, target internal id, source key, target key, evidence, confidence, rule, ...properties].
const EDGE_SOURCE = 'row[0]';
const EDGE_TARGET = 'row[1]';
const EDGE_SOURCE_KEY = 'row[2]';
const EDGE_TARGET_KEY = 'row[3]';
const EDGE: Fields = { evidence: 'row[4]', confidence: 'row[5]', rule: 'row[6]', prop: (i) => `row[${7 + i}]` };

/** A node row as the list the statements below read. */
export function nodeRowValues(row: NodeRow, keys: readonly string[]): unknown[] {
  const values: unknown[] = [row.id, row.aliases, row.evidence, row.confidence, row.rule];
  for (const key of keys) values.push(row.props[key] ?? null);
  return values;
}

/** A relationship row as the list the statements below read, with its endpoints' internal ids (from the node statements). */
export function edgeRowValues(row: EdgeRow, keys: readonly string[], sourceId: unknown, targetId: unknown): unknown[] {
  const values: unknown[] = [sourceId, targetId, row.s, row.t, row.evidence, row.confidence, row.rule];
  for (const key of keys) values.push(row.props[key] ?? null);
  return values;
}

const nameField = (f: Fields, keys: readonly string[]): string => {
  const i = keys.indexOf('name');
  return i === -1 ? 'null' : f.prop(i);
};

const MERGED_ALIASES = (v: string, f: Fields, keys: readonly string[]): string =>
  `reduce(acc = [], a IN coalesce(${v}.aliases, []) + [${v}.name] + coalesce(${f.aliases ?? 'null'}, []) |` +
  ` CASE WHEN a IS NULL OR a = ${nameField(f, keys)} OR a IN acc THEN acc ELSE acc + a END)`;
const MERGED_EVIDENCE = (v: string, f: Fields): string =>
  `coalesce(${v}.evidence, []) + [e IN coalesce(${f.evidence}, []) WHERE NOT e IN coalesce(${v}.evidence, [])]`;

/** `, name: row[5], …` for a CREATE's map. */
const createProps = (f: Fields, keys: readonly string[]): string => keys.map((k, i) => `, ${quote(k)}: ${f.prop(i)}`).join('');

/** `v.name = coalesce(row[5], v.name), …`: the newest value, an absent one leaves the property as it is. */
const updateProps = (v: string, f: Fields, keys: readonly string[]): string[] => keys.map((k, i) => `${v}.${quote(k)} = coalesce(${f.prop(i)}, ${v}.${quote(k)})`);

/** `v.name = row[5], …` for ON CREATE. */
const setProps = (v: string, f: Fields, keys: readonly string[]): string[] => [
  ...(f.aliases ? [`${v}.aliases = ${f.aliases}`] : []),
  `${v}.evidence = ${f.evidence}`,
  `${v}.confidence = ${f.confidence}`,
  `${v}.rule = ${f.rule}`,
  ...keys.map((k, i) => `${v}.${quote(k)} = ${f.prop(i)}`),
];

// SET items apply in order: aliases first, while n.name is still the stored name.
const MERGE_ENTITY = (v: string, f: Fields, keys: readonly string[]): string =>
  [
    ...(f.aliases ? [`${v}.aliases = ${orNone(MERGED_ALIASES(v, f, keys))}`] : []),
    `${v}.evidence = ${orNone(MERGED_EVIDENCE(v, f))}`,
    `${v}.rule = CASE WHEN ${v}.confidence IS NULL OR ${f.confidence} >= ${v}.confidence THEN ${f.rule} ELSE ${v}.rule END`,
    `${v}.confidence = CASE WHEN ${v}.confidence IS NULL OR ${f.confidence} > ${v}.confidence THEN ${f.confidence} ELSE ${v}.confidence END`,
    ...updateProps(v, f, keys),
  ].join(',\n    ');

/** Which of a batch's ids are already in the database (one index seek each). */
export function existingStatement(label: NodeType): string {
  return `${PREFIX}UNWIND $ids AS id
MATCH (n:${quote(label)} {id: id})
RETURN collect(id) AS existing`;
}

/** What the node statements return: the internal ids of their rows' nodes, in the rows' order. */
const RETURN_IDS = '\nRETURN collect(id(n)) AS ids';

/**
 * Nodes not in the database yet: a plain CREATE (the uniqueness constraint
 * still guards it). `keys`: the property names the rows use.
 */
export function nodeCreateStatement(label: NodeType, keys: readonly string[]): string {
  return `${PREFIX}UNWIND $rows AS row
CREATE (n:${quote(label)} {id: ${NODE_ID}, aliases: ${NODE.aliases}, evidence: ${NODE.evidence}, confidence: ${NODE.confidence}, rule: ${NODE.rule}${createProps(NODE, keys)}})${RETURN_IDS}`;
}

/** Nodes that may exist: merged with the rules above. */
export function nodeStatement(label: NodeType, keys: readonly string[]): string {
  return `${PREFIX}UNWIND $rows AS row
MERGE (n:${quote(label)} {id: ${NODE_ID}})
ON CREATE SET ${setProps('n', NODE, keys).join(', ')}
ON MATCH SET ${MERGE_ENTITY('n', NODE, keys)}${RETURN_IDS}`;
}

/**
 * Endpoints by internal id, each checked against its label and key (see
 * above). The key is compared through coalesce so that the planner cannot
 * turn the comparison into the index seek it would otherwise prefer.
 */
const MATCH_ENDS = (type: EdgeType, sourceLabel: NodeType, targetLabel: NodeType, keyword: 'MERGE' | 'CREATE', map = ''): string =>
  `${PREFIX}UNWIND $rows AS row
MATCH (a:${quote(sourceLabel)}) WHERE id(a) = ${EDGE_SOURCE} AND coalesce(a.id, '') = ${EDGE_SOURCE_KEY}
MATCH (b:${quote(targetLabel)}) WHERE id(b) = ${EDGE_TARGET} AND coalesce(b.id, '') = ${EDGE_TARGET_KEY}
${keyword} (a)-[r:${quote(type)}${map}]->(b)`;

export function edgeStatement(type: EdgeType, sourceLabel: NodeType, targetLabel: NodeType, keys: readonly string[]): string {
  return `${MATCH_ENDS(type, sourceLabel, targetLabel, 'MERGE')}
ON CREATE SET ${setProps('r', EDGE, keys).join(', ')}
ON MATCH SET ${MERGE_ENTITY('r', EDGE, keys)}`;
}

/**
 * For relationships with an endpoint this load created: no relationship can
 * exist there yet, so CREATE skips MERGE's search and its locking.
 */
export function edgeCreateStatement(type: EdgeType, sourceLabel: NodeType, targetLabel: NodeType, keys: readonly string[]): string {
  return MATCH_ENDS(type, sourceLabel, targetLabel, 'CREATE', ` {evidence: ${EDGE.evidence}, confidence: ${EDGE.confidence}, rule: ${EDGE.rule}${createProps(EDGE, keys)}}`);
}
