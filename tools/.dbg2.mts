import { buildGraph } from '/work/main/src/pipeline/build.js';
const b = await buildGraph([process.argv[2]!], { jobs: 1 });
b.graph.forEachNode((n, a) => { if (a.name === process.argv[3]) console.log(n, a.rule, JSON.stringify(a.evidence).slice(0, 600)); });
