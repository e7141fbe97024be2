/**
 * The registry of rules, in the order they run. Mention rules run on each
 * sentence, then relation rules on the same sentence, then paragraph rules;
 * resolution rules name the facts resolution makes. `RuleId` is derived from
 * here, so a rule id that is not registered does not type-check.
 *
 * The order matters only where two rules find overlapping names of one type
 * (the longer is kept); the output is sorted by position, not by rule.
 */
import type { Rule } from './rule.js';
import { personByline } from './rules/persons/byline.js';
import { personCredit } from './rules/persons/credit.js';
import { orgDictionary } from './rules/others/org-dictionary.js';
import { orgSuffix } from './rules/others/org-suffix.js';
import { placeGazetteer } from './rules/others/place-gazetteer.js';
import { productDictionary } from './rules/others/product-dictionary.js';
import { personAfterRole } from './rules/persons/after-role.js';
import { personBeforeRole } from './rules/persons/before-role.js';
import { personListedAfterRole } from './rules/persons/listed-after-role.js';
import { personPhotoCredit } from './rules/persons/photo-credit.js';
import { personPosMarked } from './rules/persons/pos-marked.js';
import { personPos } from './rules/persons/pos.js';
import { personUnknownWord } from './rules/persons/unknown-word.js';
import { personSpeaker } from './rules/persons/speaker.js';
import { personSlashCredit } from './rules/persons/slash-credit.js';
import { worksAtUnitOfPerson } from './rules/relations/works-at-unit-of-person.js';
import { worksAtCalled } from './rules/relations/works-at-called.js';
import { worksAtPronoun } from './rules/relations/works-at-pronoun.js';
import { personNameList } from './rules/persons/name-list.js';
import { personExemplar } from './rules/persons/exemplar.js';
import { personHonoured } from './rules/persons/honoured.js';
import { personAppointed } from './rules/persons/appointed.js';
import { personAfterUnit } from './rules/persons/after-unit.js';
import { personTrailingAuthor } from './rules/persons/trailing-author.js';
import { authoredTrailing } from './rules/relations/authored-trailing.js';
import { personBeforeUnitPost } from './rules/persons/before-unit-post.js';
import { worksAtPersonUnitRole } from './rules/relations/works-at-person-unit-role.js';
import { programmeEmbeddedQuote } from './rules/titles/programme-embedded-quote.js';
import { personKnown } from './rules/persons/known.js';
import { personKnownLater } from './rules/persons/known-later.js';
import { personProfile } from './rules/persons/profile.js';
import { personTitled } from './rules/persons/titled.js';
import { authoredByline } from './rules/relations/authored-byline.js';
import { partOfStated } from './rules/relations/part-of-stated.js';
import { receivedArticleUnit } from './rules/relations/received-article-unit.js';
import { receivedPronoun } from './rules/relations/received-pronoun.js';
import { receivedSubject } from './rules/relations/received-subject.js';
import { receivedTitle } from './rules/relations/received-title.js';
import { receivedListAfter } from './rules/relations/received-list-after.js';
import { receivedCommended } from './rules/relations/received-commended.js';
import { honourHeadingRule } from './rules/titles/honour-heading.js';
import { honourLabelledList } from './rules/titles/honour-labelled-list.js';
import { receivedHeadingList } from './rules/relations/received-heading-list.js';
import { runsParagraphTopic } from './rules/relations/runs-paragraph-topic.js';
import { runsPreviousUnit } from './rules/relations/runs-previous-unit.js';
import { runsJoinedAfter } from './rules/relations/runs-joined-after.js';
import { runsJoinsOthers } from './rules/relations/runs-joins-others.js';
import { runsContestEntrants } from './rules/relations/runs-contest-entrants.js';
import { runsContestResult } from './rules/relations/runs-contest-result.js';
import { runsSentenceSubject } from './rules/relations/runs-sentence-subject.js';
import { runsSubjectRule } from './rules/relations/runs-subject.js';
import { runsOrganisers } from './rules/relations/runs-organisers.js';
import { runsArticleProgramme } from './rules/relations/runs-article-programme.js';
import { receivedLabelledList } from './rules/relations/received-labelled-list.js';
import { worksAtSentenceUnit } from './rules/relations/works-at-sentence-unit.js';
import { worksAtAppointedPost } from './rules/relations/works-at-appointed-post.js';
import { worksAtPostByWhom } from './rules/relations/works-at-post-by-whom.js';
import { worksAtRelativeClause } from './rules/relations/works-at-relative-clause.js';
import { worksAtArticleUnit } from './rules/relations/works-at-article-unit.js';
import { worksAtByline } from './rules/relations/works-at-byline.js';
import { worksAtAppointed } from './rules/relations/works-at-appointed.js';
import { worksAtAppointedDepartment } from './rules/relations/works-at-appointed-department.js';
import { worksAtNameAtUnit } from './rules/relations/works-at-name-at-unit.js';
import { worksAtSentByUnit } from './rules/relations/works-at-sent-by-unit.js';
import { worksAtOwnUnitSpeaker } from './rules/relations/works-at-own-unit-speaker.js';
import { worksAtTeamMembers } from './rules/relations/works-at-team-members.js';
import { worksAtListDescribed } from './rules/relations/works-at-list-described.js';
import { worksAtUnitName } from './rules/relations/works-at-unit-name.js';
import { worksAtUnitRoleName } from './rules/relations/works-at-unit-role-name.js';
import { worksAtEarlierPost } from './rules/relations/works-at-earlier-post.js';
import * as resolution from './resolution-rules.js';
import { honourAfterTrigger } from './rules/titles/honour-after-trigger.js';
import { honourContext } from './rules/titles/honour-context.js';
import { honourDictionary } from './rules/titles/honour-dictionary.js';
import { honourEmbeddedQuote } from './rules/titles/honour-embedded-quote.js';
import { honourShapeUnquoted } from './rules/titles/honour-shape-unquoted.js';
import { programmeUnquotedEvent } from './rules/titles/programme-unquoted-event.js';
import { programmeCampaignMonth } from './rules/titles/programme-campaign-month.js';
import { honourShape } from './rules/titles/honour-shape.js';
import { productQuoted } from './rules/titles/product-quoted.js';
import { programmeContext } from './rules/titles/programme-context.js';
import { programmeDictionary } from './rules/titles/programme-dictionary.js';
import { unitAnaphora } from './rules/units/anaphora.js';
import { unitBareSubUnit } from './rules/units/bare-sub-unit.js';
import { bankAlias } from './rules/units/bank-alias.js';
import { bankShape } from './rules/units/bank-shape.js';
import { branchAnchoredSubUnit } from './rules/units/branch-anchored-sub-unit.js';
import { branchAnchored } from './rules/units/branch-anchored.js';
import { branchSuffixSubUnit } from './rules/units/branch-suffix-sub-unit.js';
import { branchSuffix } from './rules/units/branch-suffix.js';
import { branchRenamed } from './rules/units/renamed.js';
import { bankRenamed } from './rules/units/bank-renamed.js';
import { personListedBeforeRole } from './rules/persons/listed-before-role.js';
import { branchPlaceBank } from './rules/units/branch-place-bank.js';

export const MENTION_RULES = [
  bankAlias,
  bankShape,
  unitAnaphora,
  unitBareSubUnit,
  branchAnchored,
  branchSuffix,
  branchAnchoredSubUnit,
  branchSuffixSubUnit,
  branchPlaceBank,
  branchRenamed,
  bankRenamed,
  personAfterRole,
  personListedAfterRole,
  personListedBeforeRole,
  personBeforeRole,
  personSpeaker,
  personHonoured,
  personAppointed,
  personAfterUnit,
  personProfile,
  personTitled,
  personPosMarked,
  personPos,
  personPhotoCredit,
  personSlashCredit,
  personTrailingAuthor,
  personByline,
  personCredit,
  personNameList,
  personExemplar,
  personKnown,
  personBeforeUnitPost,
  personUnknownWord,
  productQuoted,
  honourEmbeddedQuote,
  honourDictionary,
  honourShape,
  programmeDictionary,
  honourContext,
  programmeContext,
  programmeEmbeddedQuote,
  honourAfterTrigger,
  honourShapeUnquoted,
  programmeUnquotedEvent,
  programmeCampaignMonth,
  honourHeadingRule,
  honourLabelledList,
  orgSuffix,
  orgDictionary,
  placeGazetteer,
  productDictionary,
  personKnownLater,
] as const;

export const RELATION_RULES = [
  worksAtUnitRoleName,
  worksAtEarlierPost,
  worksAtNameAtUnit,
  worksAtUnitName,
  worksAtAppointed,
  worksAtAppointedDepartment,
  worksAtPersonUnitRole,
  worksAtUnitOfPerson,
  worksAtCalled,
  worksAtPronoun,
  worksAtSentenceUnit,
  worksAtAppointedPost,
  worksAtPostByWhom,
  worksAtRelativeClause,
  worksAtSentByUnit,
  worksAtOwnUnitSpeaker,
  worksAtTeamMembers,
  worksAtListDescribed,
  worksAtArticleUnit,
  partOfStated,
  receivedSubject,
  receivedTitle,
  receivedListAfter,
  receivedCommended,
  receivedPronoun,
  receivedArticleUnit,
  receivedHeadingList,
  receivedLabelledList,
  runsSubjectRule,
  runsSentenceSubject,
  runsPreviousUnit,
  runsJoinedAfter,
  runsJoinsOthers,
  runsContestResult,
  runsContestEntrants,
  runsOrganisers,
  runsArticleProgramme,
  authoredByline,
  authoredTrailing,
  worksAtByline,
] as const;

export const PARAGRAPH_RULES = [runsParagraphTopic] as const;

export const RESOLUTION_RULES = Object.values(resolution);

export const RULES = [...MENTION_RULES, ...RELATION_RULES, ...PARAGRAPH_RULES, ...RESOLUTION_RULES] as const;

export type RuleId = (typeof MENTION_RULES)[number]['id'] | (typeof RELATION_RULES)[number]['id'] | (typeof PARAGRAPH_RULES)[number]['id'] | (typeof resolution)[keyof typeof resolution]['id'];

export const RULE_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.id, r]));

// Ids are the identity of a rule in the output and in --explain: two rules with one id would be counted as one.
if (RULE_BY_ID.size !== RULES.length) throw new Error('two rules share an id');
