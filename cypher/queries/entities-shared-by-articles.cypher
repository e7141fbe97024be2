// Which entities two articles both mention.
// Params:
//   $a  an article: its title, its id, or the end of its id (file name and #index), e.g. 003_3e394cce71bbaa5f.txt#0
//   $b  another article, given the same way
// Returns one row per shared entity: entity, type.
MATCH (a:Article) WHERE a.title = $a OR a.id = $a OR a.id ENDS WITH $a
MATCH (b:Article) WHERE (b.title = $b OR b.id = $b OR b.id ENDS WITH $b) AND a <> b
MATCH (a)-[:MENTIONS]->(e)<-[:MENTIONS]-(b)
RETURN DISTINCT e.name AS entity, labels(e)[0] AS type
ORDER BY type, entity
