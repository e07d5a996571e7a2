#pragma once

#include <wx/defs.h>

namespace ccg::gui {

/// Menu and button ids of our own; standard actions use wxID_UNDO, wxID_FIND and the like.
enum CommandId : int {
    kIdNewOrganisation = wxID_HIGHEST + 100,
    kIdNewReview,
    kIdOpenReview,
    kIdImportAnswers,
    kIdImportChecklist,
    kIdExportAnswers,
    kIdOpenDemo,
    kIdFindNext,
    kIdPageItems,
    kIdPageAgree,
    kIdPageActions,
    kIdPageDashboard,
    kIdPageCompare,
    kIdAddRater,
    kIdAddAction,
    kIdKeyboardHelp,
    kIdSaveReport,
    kIdExportActionPlan,
    kIdSaveWorkshopPack,
    kIdNextRater,
    kIdPreviousRater,
    kIdRevealRatings,
    kIdReviewSettings,
    kIdImportReturns,
    kIdShowReturns,
    kIdSendForms,
    kIdPresent,
    kIdGuide,
    kIdPublicVersion,
    kIdItemHistory,
    kIdReviewHistory,
    kIdSignOff,
    kIdReopen,
    // The level of assurance the author chooses: the suggestion, then the four levels in the order
    // of ccg::Assurance (Substantial, Reasonable, Limited, None).
    kIdAssuranceSuggested,
    kIdAssuranceSubstantial,
    kIdAssuranceReasonable,
    kIdAssuranceLimited,
    kIdAssuranceNone,
};

}  // namespace ccg::gui
