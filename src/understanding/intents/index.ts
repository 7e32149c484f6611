/**
 * Every intent of the grammar, one file each (its phrasings and how they become tool calls).
 * The order here means nothing: precedence.ts says which is tried before which.
 */
import type { IntentRule } from '../engine/intent.js';
import { addIntent } from './add.js';
import { checkIntent } from './check.js';
import { cheaperKindIntent } from './cheaper-kind.js';
import { checkoutIntent } from './checkout.js';
import { checkoutNamedIntent } from './checkout-named.js';
import { clearNamedIntent } from './clear-named.js';
import { clearIntent } from './clear.js';
import { compareIntent } from './compare.js';
import { compareOneIntent } from './compare-one.js';
import { listShouldHaveIntent } from './list-should-have.js';
import { cookingIntent } from './cooking.js';
import { correctionIntent } from './correction.js';
import { createIntent } from './create.js';
import { dealsIntent } from './deals.js';
import { deleteListIntent } from './delete-list.js';
import { exportWordsIntent } from './export-words.js';
import { exportIntent } from './export.js';
import { forgetPreferenceIntent } from './forget-preference.js';
import { ingredientsAskedIntent } from './ingredients-asked.js';
import { ingredientsSaidIntent } from './ingredients-said.js';
import { joinCodeIntent } from './join-code.js';
import { joinIntent } from './join.js';
import { leaveNamedIntent } from './leave-named.js';
import { leaveIntent } from './leave.js';
import { listMembersIntent } from './list-members.js';
import { makeSureIntent } from './make-sure.js';
import { moreIntent } from './more.js';
import { newShareCodeIntent } from './new-share-code.js';
import { noteIntent } from './note.js';
import { participlesIntent } from './participles.js';
import { preferenceIntent } from './preference.js';
import { priceTrendIntent } from './price-trend.js';
import { priceIntent } from './price.js';
import { recountCorrectionIntent } from './recount-correction.js';
import { recountIntent } from './recount.js';
import { scaleIntent } from './scale.js';
import { removeCheckedIntent } from './remove-checked.js';
import { removeMemberIntent } from './remove-member.js';
import { removeNamedIntent } from './remove-named.js';
import { removeIntent } from './remove.js';
import { renameNamedIntent } from './rename-named.js';
import { renameIntent } from './rename.js';
import { replaceCorrectionIntent } from './replace-correction.js';
import { swapAfterIntent } from './swap-after.js';
import { searchSortedByIntent } from './search-sorted-by.js';
import { searchSortedIntent } from './search-sorted.js';
import { searchWhichIntent } from './search-which.js';
import { searchIntent } from './search.js';
import { setBudgetIntent } from './set-budget.js';
import { shareWordsIntent } from './share-words.js';
import { shareIntent } from './share.js';
import { someoneWantsIntent } from './someone-wants.js';
import { stopSharingIntent } from './stop-sharing.js';
import { stopTrackingIntent } from './stop-tracking.js';
import { substitutesBareIntent } from './substitutes-bare.js';
import { substitutesIntent } from './substitutes.js';
import { totalIntent } from './total.js';
import { trackIntent } from './track.js';
import { uncheckIntent } from './uncheck.js';
import { updateIntent } from './update.js';
import { viewIncludesIntent } from './view-includes.js';
import { viewItemIntent } from './view-item.js';
import { viewNamedIntent } from './view-named.js';
import { viewWordsIntent } from './view-words.js';
import { viewIntent } from './view.js';
import { whatYouKnowIntent } from './what-you-know.js';
import { wishIntent } from './wish.js';
import { wrappedQuestionIntent } from './wrapped-question.js';

/** All the intents, each once. */
export const INTENTS: readonly IntentRule[] = [
  addIntent,
  checkIntent,
  cheaperKindIntent,
  checkoutIntent,
  checkoutNamedIntent,
  clearNamedIntent,
  clearIntent,
  compareIntent,
  compareOneIntent,
  listShouldHaveIntent,
  cookingIntent,
  correctionIntent,
  createIntent,
  dealsIntent,
  deleteListIntent,
  exportWordsIntent,
  exportIntent,
  forgetPreferenceIntent,
  ingredientsAskedIntent,
  ingredientsSaidIntent,
  joinCodeIntent,
  joinIntent,
  leaveNamedIntent,
  leaveIntent,
  listMembersIntent,
  makeSureIntent,
  moreIntent,
  newShareCodeIntent,
  noteIntent,
  participlesIntent,
  preferenceIntent,
  priceTrendIntent,
  priceIntent,
  recountCorrectionIntent,
  recountIntent,
  scaleIntent,
  removeCheckedIntent,
  removeMemberIntent,
  removeNamedIntent,
  removeIntent,
  renameNamedIntent,
  renameIntent,
  replaceCorrectionIntent,
  swapAfterIntent,
  searchSortedByIntent,
  searchSortedIntent,
  searchWhichIntent,
  searchIntent,
  setBudgetIntent,
  shareWordsIntent,
  shareIntent,
  someoneWantsIntent,
  stopSharingIntent,
  stopTrackingIntent,
  substitutesBareIntent,
  substitutesIntent,
  totalIntent,
  trackIntent,
  uncheckIntent,
  updateIntent,
  viewIncludesIntent,
  viewItemIntent,
  viewNamedIntent,
  viewWordsIntent,
  viewIntent,
  whatYouKnowIntent,
  wishIntent,
  wrappedQuestionIntent,
];
