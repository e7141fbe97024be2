/**
 * Facts that resolution makes rather than a sentence rule: registered here
 * so they carry an id and a confidence from one place, and show in
 * `--explain` with the rest. The passes in src/resolve import them.
 */
import { defineResolutionRule } from './rule.js';

export const branchParentInName = defineResolutionRule({ id: 'branch.parent-in-name', description: 'a unit named only inside the name of a unit under it (茌平支行 in 茌平支行营业室)', produces: 'Branch', confidence: 0.95 });
export const partOfNameChain = defineResolutionRule({ id: 'part_of.name-chain', description: 'a unit belongs to the unit whose name its name contains', produces: 'PART_OF', confidence: 0.95 });
export const partOfBank = defineResolutionRule({ id: 'part_of.bank', description: 'every branch belongs to its bank', produces: 'PART_OF', confidence: 0.9 });
export const partOfCityBranch = defineResolutionRule({ id: 'part_of.city-branch', description: "a unit named after a city belongs to the city's branch named in the same article", produces: 'PART_OF', confidence: 0.8 });
export const partOfProvinceBranch = defineResolutionRule({ id: 'part_of.province-branch', description: "a unit named after a place belongs to the province's branch named in the same article", produces: 'PART_OF', confidence: 0.8 });
export const partOfArticleProvinceBranch = defineResolutionRule({ id: 'part_of.article-province-branch', description: 'a unit with no place in its name belongs to the one province branch its articles name', produces: 'PART_OF', confidence: 0.6 });
export const locatedInBranchName = defineResolutionRule({ id: 'located_in.branch-name', description: 'a unit is located in the place its name starts with', produces: 'LOCATED_IN', confidence: 0.8 });
export const placeInBranchName = defineResolutionRule({ id: 'place.in-branch-name', description: "a place named only inside a unit's name", produces: 'Place', confidence: 0.8 });
export const mentionsArticle = defineResolutionRule({ id: 'mentions.article', description: 'an article names the entity', produces: 'MENTIONS', confidence: 1 });
export const articleSplit = defineResolutionRule({ id: 'article.split', description: 'an article of a file, split at its title', produces: 'Article', confidence: 1 });
