// Which units (banks and branches) run a programme, e.g. 工行驿站.
// Params:
//   $programme  the programme's name or one of its aliases, e.g. 工行驿站
// Returns one row per unit: unit, type (Bank or Branch), sentences (how many evidence sentences support it).
MATCH (p:Programme)
WHERE p.name = $programme OR $programme IN p.aliases
MATCH (u)-[r:RUNS]->(p)
RETURN u.name AS unit, labels(u)[0] AS type, size(r.evidence) AS sentences
ORDER BY sentences DESC, unit
