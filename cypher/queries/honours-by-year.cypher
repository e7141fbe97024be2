// The honours a unit or a person received, by year (undated ones last).
// Params:
//   $name  the unit's or person's name or one of its aliases, e.g. 中国工商银行巴中分行 or 王建国
// Returns one row per honour: year, honour, conferrer (who gave it, when the text says).
MATCH (x)-[r:RECEIVED]->(h:Honour)
WHERE x.name = $name OR $name IN x.aliases
RETURN r.year AS year, h.name AS honour, r.conferrer AS conferrer
ORDER BY year IS NULL, year, honour
