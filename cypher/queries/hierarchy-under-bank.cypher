// The whole hierarchy under a bank: every unit that is PART_OF it, directly or through other units,
// with its depth (the longest chain) and that chain from the unit up to the bank.
// Params:
//   $bank  the bank's name or one of its aliases, e.g. 中国工商银行
// Returns one row per unit: unit, depth, parent (the next unit up the longest chain), chain.
MATCH (b:Bank)
WHERE b.name = $bank OR $bank IN b.aliases
MATCH path = (u:Branch)-[:PART_OF*1..10]->(b)
WITH u, path ORDER BY length(path) DESC
WITH u, collect(path)[0] AS longest
RETURN u.name AS unit, length(longest) AS depth, nodes(longest)[1].name AS parent,
       [n IN nodes(longest) | n.name] AS chain
ORDER BY chain[size(chain) - 2], depth, unit
