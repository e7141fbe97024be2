/**
 * `guanxi query`: parameters (typed, never pasted into the text), the three
 * output formats, tables aligned by display width, and the Cypher file
 * reader that splits statements and finds parameters.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parametersOf, readHeader, splitStatements } from '../../src/neo4j/statements.js';
import { displayWidth, formatCsv, formatTable } from '../../src/query/format.js';
import { parseParamValue, parseParams } from '../../src/query/params.js';
import { smallGraph } from './fixtures.js';
import { cli, connectionArgs, graphDir, testDriver, wipe } from './helpers.js';

describe('display width', () => {
  it.each([
    ['abc', 3],
    ['王玉珍', 6],
    ['工行驿站（沈阳）', 16],
    ['储蓄员 A', 8],
    ['ｅ', 2],
    ['e\u0301', 1],
    ['', 0],
  ])('%j takes %i columns', (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });

  it('lines up Chinese and Latin cells under their headers', () => {
    const text = formatTable({ columns: ['person', 'role', 'n'], rows: [['王玉珍', '储蓄员', 1], ['Li Min', 'manager', 12]] });
    const lines = text.split('\n');
    // Numbers align right.
    expect(lines[0]).toBe('person  role      n');
    expect(lines[1]).toBe('------  -------  --');
    expect(lines[2]).toBe('王玉珍  储蓄员    1');
    expect(lines[3]).toBe('Li Min  manager  12');
    expect(lines[4]).toBe('(2 rows)');
    // Every column starts at the same display column on every line.
    // Display columns where each cell's text begins.
    const starts = (line: string): number[] => {
      const out: number[] = [];
      let col = 0;
      let prevSpace = true;
      for (const ch of line) {
        if (ch !== ' ' && prevSpace) out.push(col);
        prevSpace = ch === ' ';
        col += displayWidth(ch);
      }
      return out;
    };
    expect(starts(lines[2] as string)).toEqual([0, 8, 18]);
    expect(starts(lines[3] as string)).toEqual([0, 3, 8, 17]); // 'Li Min' is two words
  });

  it('CSV quotes what needs quoting', () => {
    expect(formatCsv({ columns: ['a', 'b'], rows: [['x,y', 'say "hi"'], [null, ['工行', '工商银行']]] })).toBe(
      'a,b\r\n"x,y","say ""hi"""\r\n,"工行, 工商银行"\r\n',
    );
  });
});

describe('parameters', () => {
  it('types values: integers, floats, booleans, null, JSON, strings', () => {
    expect(parseParamValue('10')).toEqual(neo4j.int(10));
    expect(parseParamValue('2.5')).toBe(2.5);
    expect(parseParamValue('true')).toBe(true);
    expect(parseParamValue('null')).toBeNull();
    expect(parseParamValue('["工行", 2]')).toEqual(['工行', neo4j.int(2)]);
    expect(parseParamValue('"0411"')).toBe('0411');
    expect(parseParamValue('工行驿站')).toBe('工行驿站');
    expect(parseParamValue('[not json')).toBe('[not json');
    expect(parseParams(['a=x=y', 'b='])).toEqual({ a: 'x=y', b: '' });
  });

  it('refuses whole numbers beyond Neo4j\'s 64-bit integers instead of wrapping them', () => {
    expect(parseParamValue('9223372036854775807')).toEqual(neo4j.int('9223372036854775807'));
    expect(parseParamValue('-9223372036854775808')).toEqual(neo4j.int('-9223372036854775808'));
    for (const value of ['9223372036854775808', '-9223372036854775809', '18446744073709551617', '[1, 99999999999999999999]', '{"n": 12345678901234567890}']) {
      expect(() => parseParams([`n=${value}`]), value).toThrow(/64-bit|exactly/);
    }
  });

  it('refuses a --param without a name', () => {
    expect(() => parseParams(['=x'])).toThrow(/expected name=value/);
    expect(() => parseParams(['novalue'])).toThrow(/expected name=value/);
  });
});

describe('Cypher files', () => {
  it('splits statements on semicolons outside strings and comments, and finds parameters', () => {
    const text = "// a comment; with $notParam\nMATCH (n {name: 'a;b $x'}) RETURN n, $p;\n/* block; $no */ RETURN $`q r` // $gone\n;";
    expect(splitStatements(text)).toHaveLength(2);
    expect(parametersOf(text)).toEqual(['p', 'q r']);
  });

  it('reads a header with its parameters', () => {
    const header = readHeader('// What it answers.\n// Params:\n//   $unit  the unit, e.g. 工行\nMATCH (n) RETURN n');
    expect(header.description).toMatch(/^What it answers\./);
    expect(header.params).toEqual([{ name: 'unit', description: 'the unit, e.g. 工行' }]);
  });
});

describe('guanxi query against Neo4j', () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = await testDriver();
    await wipe(driver);
    expect((await cli('load', await graphDir(smallGraph()), ...connectionArgs())).code).toBe(0);
  });
  afterAll(async () => {
    await driver.close();
  });

  it('prints a table by default', async () => {
    const run = await cli('query', 'MATCH (p:Person)-[w:WORKS_AT]->(u) RETURN p.name AS person, w.role AS role, u.name AS unit', ...connectionArgs());
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      ['person  role    unit', '------  ------  ----------------', '王玉珍  储蓄员  工行抚顺雷锋支行', '(1 row)', ''].join('\n'),
    );
  });

  it('passes --param values as parameters, never as query text', async () => {
    const q = 'MATCH (b:Branch) WHERE b.name = $name RETURN b.name AS name';
    const ok = await cli('query', q, '--param', 'name=工行沈阳分行', '--format', 'json', ...connectionArgs());
    expect(JSON.parse(ok.stdout)).toEqual([{ name: '工行沈阳分行' }]);
    // Text that would change the query if it were pasted in is only a (non-matching) string.
    const injected = await cli('query', q, '--param', "name=x' OR 1=1 //", '--format', 'json', ...connectionArgs());
    expect(injected.code).toBe(0);
    expect(JSON.parse(injected.stdout)).toEqual([]);
    // Integers stay integers (LIMIT needs one).
    const limited = await cli('query', 'MATCH (n) RETURN n.id AS id ORDER BY id LIMIT $n', '--param', 'n=2', '--format', 'csv', ...connectionArgs());
    expect(limited.stdout.split('\r\n').filter(Boolean)).toHaveLength(3);
  });

  it('prints nodes, relationships and paths in JSON as plain objects', async () => {
    const run = await cli('query', "MATCH p = (:Person {name: '王玉珍'})-[:WORKS_AT]->(u) RETURN p, u", '--format', 'json', ...connectionArgs());
    const [row] = JSON.parse(run.stdout) as Array<{ p: { nodes: unknown[]; relationships: Array<{ type: string }> }; u: { labels: string[]; properties: { name: string } } }>;
    expect(row?.u.labels).toEqual(['Branch']);
    expect(row?.u.properties.name).toBe('工行抚顺雷锋支行');
    expect(row?.p.relationships[0]?.type).toBe('WORKS_AT');
    const table = await cli('query', "MATCH p = (:Person {name: '王玉珍'})-[:WORKS_AT]->(u) RETURN p", ...connectionArgs());
    expect(table.stdout).toContain('(:Person 王玉珍)-[:WORKS_AT]->(:Branch 工行抚顺雷锋支行)');
  });

  it('refuses a query with a missing parameter, naming it and its description', async () => {
    const run = await cli('query', '--file', 'cypher/queries/people-at-unit.cypher', ...connectionArgs());
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("guanxi: the query uses $unit: pass --param unit=… (the unit's name or one of its aliases, e.g. 工行抚顺雷锋支行)\n");
  });

  it('sends an out-of-range integer nowhere: a usage error, not a wrapped number', async () => {
    const run = await cli('query', 'RETURN $n AS n', '--param', 'n=18446744073709551617', '--format', 'csv', ...connectionArgs());
    expect(run.stdout).toBe('');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^guanxi: --param n=18446744073709551617: .*64-bit/);
  });

  it('says in --help that a query may write, and --read-only refuses writes', async () => {
    expect((await cli('query', '--help')).stdout.replace(/\s+/g, ' ')).toMatch(/write transaction: it may change the database/);
    const count = async (): Promise<number> => (await driver.executeQuery("MATCH (n:Bank {id: 'Bank:query-write-test'}) RETURN count(n) AS c")).records[0]?.get('c') as number;
    const write = "CREATE (n:Bank {id: 'Bank:query-write-test', name: 'x'}) RETURN n.id AS id";
    const refused = await cli('query', write, '--read-only', ...connectionArgs());
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^guanxi: .*--read-only/);
    expect(await count()).toBe(0);
    expect((await cli('query', write, ...connectionArgs())).code).toBe(0);
    expect(await count()).toBe(1);
    await driver.executeQuery("MATCH (n:Bank {id: 'Bank:query-write-test'}) DELETE n");
    // Reads run as well with --read-only.
    expect((await cli('query', 'MATCH (n) RETURN count(n) AS n', '--read-only', ...connectionArgs())).code).toBe(0);
  });

  it('reports a Cypher syntax error in one line, exit code 2', async () => {
    const run = await cli('query', 'MATCH (n RETURN n', ...connectionArgs());
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^guanxi: Neo4j rejected the query: .*\(Neo\.ClientError\.Statement\.SyntaxError\)\n$/);
  });

  it('refuses both or neither of a query and --file', async () => {
    expect((await cli('query', ...connectionArgs())).code).toBe(2);
    expect((await cli('query', 'RETURN 1', '--file', 'cypher/queries/programmes-by-units.cypher', ...connectionArgs())).code).toBe(2);
  });
});
