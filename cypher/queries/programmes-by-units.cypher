// Programmes ranked by the number of units (banks and branches) that run them.
// Params: none.
// Returns one row per programme: programme, units (how many), unit_names (sorted).
MATCH (p:Programme)
OPTIONAL MATCH (u)-[:RUNS]->(p)
WITH p, u ORDER BY u.name
WITH p, collect(DISTINCT u.name) AS unit_names
RETURN p.name AS programme, size(unit_names) AS units, unit_names
ORDER BY units DESC, programme
