// guanxi's Neo4j schema, applied by `guanxi load` before it writes anything.
// Every statement is idempotent (IF NOT EXISTS), so it is safe to apply on each load.
// Statements are separated by semicolons at the end of a line.

// One node per key: MERGE on `id` finds the node through these constraints' indexes.
CREATE CONSTRAINT bank_id IF NOT EXISTS FOR (n:Bank) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT branch_id IF NOT EXISTS FOR (n:Branch) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT programme_id IF NOT EXISTS FOR (n:Programme) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT honour_id IF NOT EXISTS FOR (n:Honour) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT product_id IF NOT EXISTS FOR (n:Product) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;

// One guanxi load at a time (src/load/lock.ts): a load holds an uncommitted
// (:GuanxiLoadLock {name: 'load'}) for as long as it writes; no such node is ever committed.
CREATE CONSTRAINT guanxi_load_lock IF NOT EXISTS FOR (l:GuanxiLoadLock) REQUIRE l.name IS UNIQUE;

// Exact lookups by name (the ready queries in cypher/queries/ match on name).
CREATE INDEX bank_name IF NOT EXISTS FOR (n:Bank) ON (n.name);
CREATE INDEX branch_name IF NOT EXISTS FOR (n:Branch) ON (n.name);
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX programme_name IF NOT EXISTS FOR (n:Programme) ON (n.name);
CREATE INDEX honour_name IF NOT EXISTS FOR (n:Honour) ON (n.name);
CREATE INDEX place_name IF NOT EXISTS FOR (n:Place) ON (n.name);
CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name);
CREATE INDEX product_name IF NOT EXISTS FOR (n:Product) ON (n.name);
CREATE INDEX article_name IF NOT EXISTS FOR (n:Article) ON (n.name);

// Chinese search over names and aliases: the cjk analyzer indexes character
// bigrams, so 向工街 finds 工行沈阳向工街支行. Query with
//   CALL db.index.fulltext.queryNodes('entity_names', $text) YIELD node, score
// Eventually consistent: updated just after each commit rather than inside it,
// which keeps bulk loads about a fifth faster; `guanxi load` waits for it
// (db.index.fulltext.awaitEventuallyConsistentIndexRefresh) before it returns.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Bank|Branch|Person|Programme|Honour|Place|Organization|Product)
ON EACH [n.name, n.aliases]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: true}};
