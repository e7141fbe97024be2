// The most connected units (banks and branches): how many facts link them to other entities
// (every relationship except an article's MENTIONS), and how many articles mention them.
// Params:
//   $limit  how many units to list, e.g. 10
// Returns one row per unit: unit, type, connections, articles.
MATCH (u) WHERE u:Bank OR u:Branch
RETURN u.name AS unit, labels(u)[0] AS type,
       COUNT { (u)-[r]-() WHERE type(r) <> 'MENTIONS' } AS connections,
       COUNT { (u)<-[:MENTIONS]-(:Article) } AS articles
ORDER BY connections DESC, articles DESC, unit
LIMIT $limit
