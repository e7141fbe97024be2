// The shortest path between two named entities, through what the articles state about them
// (PART_OF, WORKS_AT, RECEIVED, RUNS, LOCATED_IN, RENAMED, in either direction; not through articles).
// Params:
//   $from  an entity's name or one of its aliases, e.g. 王玉珍
//   $to    another entity's name or alias, e.g. 中国工商银行
// Returns one row: hops, names (the entities along the path), relationships (their types, in path order).
MATCH (a) WHERE NOT a:Article AND (a.name = $from OR $from IN a.aliases)
MATCH (b) WHERE NOT b:Article AND (b.name = $to OR $to IN b.aliases) AND a <> b
MATCH path = shortestPath((a)-[:PART_OF|WORKS_AT|RECEIVED|RUNS|LOCATED_IN|RENAMED*..12]-(b))
RETURN length(path) AS hops, [n IN nodes(path) | n.name] AS names, [r IN relationships(path) | type(r)] AS relationships
ORDER BY hops
LIMIT 1
