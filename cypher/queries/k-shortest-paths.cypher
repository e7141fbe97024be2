// The k shortest paths between two named entities, each hop with its relation and evidence, through what the
// articles state (PART_OF, WORKS_AT, RECEIVED, RUNS, LOCATED_IN, RENAMED, AUTHORED, in either direction; not
// MENTIONS), as the viewer's Paths panel finds them: shortest first, no entity twice on a path.
// Params:
//   $from  an entity's name or one of its aliases, e.g. 刘佳宁
//   $to    another entity's name or alias, e.g. 赵雪梅
//   $k     how many paths at most, e.g. 3
// Returns one row per path: path (its rank), hops, names (the entities along it), and steps: one per hop, with
// the relation's type, its two ends in the direction it points, and its evidence (JSON, as guanxi load stores it).
MATCH (a) WHERE NOT a:Article AND (a.name = $from OR $from IN a.aliases)
MATCH (b) WHERE NOT b:Article AND (b.name = $to OR $to IN b.aliases) AND a <> b
MATCH p = SHORTEST 10 ((a) ((x)-[:PART_OF|WORKS_AT|RECEIVED|RUNS|LOCATED_IN|RENAMED|AUTHORED]-(y)){1,12} (b)
  WHERE all(i IN range(0, size(x) - 1) WHERE NOT x[i] IN x[i + 1..] AND NOT b IN x))
WITH p ORDER BY length(p) LIMIT toInteger($k)
WITH collect(p) AS paths
UNWIND range(0, size(paths) - 1) AS i
WITH i, paths[i] AS p
RETURN i + 1 AS path, length(p) AS hops, [n IN nodes(p) | n.name] AS names,
       [r IN relationships(p) | {type: type(r), from: startNode(r).name, to: endNode(r).name, evidence: r.evidence}] AS steps
ORDER BY path
