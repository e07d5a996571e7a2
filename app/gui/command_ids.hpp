#pragma once

#include <wx/defs.h>

namespace ccg::gui {

/// Menu and button ids of our own; standard actions use wxID_UNDO, wxID_FIND and the like.
enum CommandId : int {
    kIdNewOrganisation = wxID_HIGHEST + 100,
    kIdNewReview,
    kIdOpenReview,
    kIdImportAnswers,
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
};

}  // namespace ccg::gui
