/**
 * The contract model and how to address it: parties, sections, clauses, annexes and measures;
 * clause markers and numbering, citations, the parts a long contract is stored in, and the
 * `Translate` function every folder words things with. The bottom of `shared/`.
 */
export { clauseCount, DATE_TARGET, findClause, findParty, findTom, neighbourOf, partyFromText, partyTarget, partyText, updateClause, updateParty, updateTom, type Target } from './items';
export { markerDepth, matchMarker, type Marker, type MarkerStyle } from './markers';
export type { Annex, Annotations, Clause, Comment, CommentReply, CommentVisibility, Contract, DocxOrigin, DocxOriginPiece, FrameConflict, FrameScope, Language, MoveLink, Party, PartyRole, PartySource, PassagePlace, Responsibility, ResponsibilityCue, ResponsibilityReason, ResponsibleParty, ReviewStatus, Section, Segment, SegmentKind, SentenceReading, Tom, TomCategory, WholeChange } from './model';
export { displayLabels, MARGIN_BULLET, marginMarker, renumberAccepted, visibleIn, type MarkupView } from './numbering';
export { contractFromParts, contractInParts, OPENING_PART_SIZE, PART_SIZE, type ContractPart, type SentParts } from './parts';
export { hasPartyBlock, isPlaceholder, LEGAL_FORM, legalNameOf, LIST_MARKER, roleOf, shortNamesOf } from './party';
export { citationText, citeClause, sameCitation, sectionHeading, type Citation } from './reference';
export type { Translate } from './translate';
