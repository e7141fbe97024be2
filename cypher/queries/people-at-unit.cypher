// Everyone who works at a unit (a bank, branch or organisation), with their roles.
// Params:
//   $unit  the unit's name or one of its aliases, e.g. 工行抚顺雷锋支行
// Returns one row per person: person, role (empty when the text gives none).
MATCH (u)
WHERE (u:Bank OR u:Branch OR u:Organization) AND (u.name = $unit OR $unit IN u.aliases)
MATCH (p:Person)-[w:WORKS_AT]->(u)
RETURN p.name AS person, w.role AS role
ORDER BY person
