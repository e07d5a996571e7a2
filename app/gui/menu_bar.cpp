#include "app/gui/menu_bar.hpp"

#include "app/gui/command_ids.hpp"

#include <wx/menu.h>

namespace ccg::gui {

wxMenuBar* createMenuBar()
{
    auto* file = new wxMenu;
    file->Append(kIdNewOrganisation, "New &organisation...\tCtrl+Shift+N", "Add an organisation to review");
    file->Append(kIdNewReview, "&New review...\tCtrl+N", "Start a review, blank or as a copy of an earlier one");
    file->Append(kIdOpenReview, "&Open review...\tCtrl+O", "Switch to another review, or delete one");
    file->AppendSeparator();
    file->Append(kIdImportAnswers, "&Import answers file...\tCtrl+I", "Take in a review from an answers file");
    file->Append(kIdImportChecklist, "Import a &checklist...",
                 "Add a framework from a checklist file or a spreadsheet, checked before it is added");
    file->Append(kIdExportAnswers, "&Export answers file...\tCtrl+E", "Write this review as an answers file");
    file->Append(kIdImportReturns, "Import &returns...", "Take members' returned rating forms into this review");
    file->AppendSeparator();
    file->Append(kIdOpenDemo, "Open the &demo organisation", "NHS Northmoor CCG, reviewed in 2013 and 2014");
    file->AppendSeparator();
    // GTK binds its stock Ctrl+Q to Quit without wx knowing; said here, the keyboard help lists it.
    file->Append(wxID_EXIT, "&Quit\tCtrl+Q", "Close the application");

    auto* edit = new wxMenu;
    edit->Append(wxID_UNDO, "&Undo\tCtrl+Z");
    edit->Append(wxID_REDO, "&Redo\tCtrl+Y");
    edit->AppendSeparator();
    edit->Append(wxID_FIND, "&Find item...\tCtrl+F", "Find an item by its id or text");
    edit->Append(kIdFindNext, "Find &next\tF3");

    auto* review = new wxMenu;
    review->Append(kIdPageItems, "&Items\tCtrl+1", "Rate the items one by one");
    review->Append(kIdPageAgree, "&Agree ratings\tCtrl+2", "Compare raters and record the agreed levels");
    review->Append(kIdPageActions, "A&ctions\tCtrl+3", "The action plan");
    review->Append(kIdPageDashboard, "&Dashboard\tCtrl+4", "Scores, radar chart, top gaps and overdue actions");
    review->Append(kIdPageCompare, "C&ompare reviews\tCtrl+5",
                   "Domain scores and item levels beside the previous review's, or any stored review's of the checklist");
    review->AppendSeparator();
    review->Append(kIdAddRater, "Add &rater...", "Add a member who rates this review");
    review->Append(kIdNextRater, "Rate as the ne&xt rater\tF7", "Switch to entering the next rater's ratings");
    review->Append(kIdPreviousRater, "Rate as the pre&vious rater\tShift+F7",
                   "Switch to entering the previous rater's ratings");
    review->AppendSeparator();
    review->Append(kIdSendForms, "Send rating &forms...", "Write a rating form for each member, to fill in on any device");
    review->Append(kIdShowReturns, "Rating forms and r&eturns...", "Who has rated how much, and whose forms came back");
    review->Append(kIdRevealRatings, "Re&veal ratings...", "Let every rater see the others' ratings of a blind review");
    review->Append(kIdReviewSettings, "Review &settings...", "The review's key, title, date and blind rating");
    review->Append(kIdPresent, "&Present to the room\tF5",
                   "One item at a time in large type, to agree levels in the meeting");
    review->AppendSeparator();
    review->Append(kIdAddAction, "Add action on this i&tem...\tCtrl+Shift+A");
    review->AppendSeparator();
    review->Append(kIdSignOff, "Sign o&ff the review...",
                   "Record the meeting that approved the review; it is then locked against any change");
    review->Append(kIdReopen, "Reo&pen the approved review...", "Let an approved review change again, saying why");
    review->AppendSeparator();
    review->Append(kIdItemHistory, "&History of this item...\tCtrl+Shift+H",
                   "Who changed what on this item, and when: each old and new value");
    review->Append(kIdReviewHistory, "Review histor&y...", "Every change to this review: when, who, what, old and new");

    auto* help = new wxMenu;
    // F1 stays with the keyboard help, which has a button to the guide.
    help->Append(kIdGuide, "&Guide", "How the levels and scores work, and how a review is run");
    help->Append(kIdKeyboardHelp, "&Keyboard shortcuts\tF1", "Every key and what it does");
    help->Append(wxID_ABOUT);

    auto* bar = new wxMenuBar;
    bar->Append(file, "&File");
    bar->Append(edit, "&Edit");
    bar->Append(review, "&Review");
    auto* report = new wxMenu;
    report->Append(kIdSaveReport, "Save the &report...", "The gap report, the paper for the meeting, as PDF or HTML");
    report->Append(wxID_PRINT, "&Print the report...\tCtrl+P", "Print the gap report as the paper for the meeting");
    report->Append(wxID_PREVIEW, "Print pre&view", "See the paper page by page before printing");
    report->Append(kIdExportActionPlan, "Export the &action plan...", "The actions as an XLSX workbook or CSV");
    report->AppendCheckItem(kIdPublicVersion, "P&ublic version (no names, notes or evidence)",
                            "Save, print and export the paper for a meeting in public: members are numbered, "
                            "with no names, roles, notes, evidence or dissent");
    auto* assurance = new wxMenu;
    assurance->AppendRadioItem(kIdAssuranceSuggested, "The &suggested level (not chosen)",
                               "The cover shows the level the checklist's rule suggests, marked as a suggestion");
    assurance->AppendRadioItem(kIdAssuranceSubstantial, "S&ubstantial");
    assurance->AppendRadioItem(kIdAssuranceReasonable, "&Reasonable");
    assurance->AppendRadioItem(kIdAssuranceLimited, "&Limited");
    assurance->AppendRadioItem(kIdAssuranceNone, "&No assurance");
    report->AppendSubMenu(assurance, "Level of &assurance on the cover",
                          "The level you choose, recorded with your name and the date");
    report->AppendSeparator();
    report->Append(kIdSaveWorkshopPack, "Save a blank &workshop pack...", "A printable checklist to rate on paper");
    bar->Append(report, "Re&port");
    bar->Append(help, "&Help");
    return bar;
}

}  // namespace ccg::gui
