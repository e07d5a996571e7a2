#include "app/gui/main_frame.hpp"

#include "app/gui/agree_panel.hpp"
#include "app/gui/command_ids.hpp"
#include "app/gui/guide_frame.hpp"
#include "app/gui/help_dialogs.hpp"
#include "app/gui/item_panel.hpp"
#include "app/gui/item_tree_panel.hpp"
#include "app/gui/keyboard.hpp"
#include "app/gui/menu_bar.hpp"
#include "app/gui/present_frame.hpp"
#include "app/gui/rater_bar.hpp"
#include "app/gui/report_commands.hpp"
#include "app/gui/review_commands.hpp"
#include "app/gui/round_commands.hpp"
#include "app/gui/sign_off_commands.hpp"
#include "app/gui/window_state.hpp"
#include "app/session/review_session.hpp"

#include <wx/infobar.h>
#include <wx/log.h>
#include <wx/menu.h>
#include <wx/sizer.h>
#include <wx/splitter.h>
#include <wx/statusbr.h>
#include <wx/treectrl.h>

#include <utility>

namespace ccg::gui {

MainFrame::MainFrame(storage::Repository repository, session::ResourcePaths resources)
    : wxFrame(nullptr, wxID_ANY, "CCG Self-Assessment"),
      m_repository(std::make_unique<storage::Repository>(std::move(repository))),
      m_session(std::make_unique<session::ReviewSession>(*m_repository, resources.checklist)),
      m_resources(std::move(resources))
{
    SetName("main-frame");
    m_statusTimer.SetOwner(this);
    Bind(wxEVT_TIMER, [this](wxTimerEvent&) { SetStatusText(wxString(), 0); }, m_statusTimer.GetId());
    m_commands = std::make_unique<ReviewCommands>(this, *m_session, *this, m_resources, m_chooseFile);
    m_reports = std::make_unique<ReportCommands>(this, *m_session, *this, m_chooseFile);
    SetMenuBar(createMenuBar());
    CreateStatusBar(2);
    const int widths[] = {-1, -2};
    SetStatusWidths(2, widths);

    auto* root = new wxPanel(this);
    m_splitter = new wxSplitterWindow(root, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                      wxSP_LIVE_UPDATE | wxSP_3DSASH | wxSP_NO_XP_THEME);
    m_splitter->SetMinimumPaneSize(FromDIP(200));
    m_tree = new ItemTreePanel(m_splitter, *m_session, *this);

    auto* right = new wxPanel(m_splitter);
    m_raterBar = new RaterBar(right, *m_session, *this);
    m_pages = new ReviewPages(right, *m_session, *this, m_chooseFile);
    auto* rightSizer = new wxBoxSizer(wxVERTICAL);
    rightSizer->Add(m_raterBar, wxSizerFlags().Expand().Border(wxALL, FromDIP(6)));
    rightSizer->Add(m_pages, wxSizerFlags(1).Expand());
    right->SetSizer(rightSizer);
    m_splitter->SplitVertically(m_tree, right);
    m_splitter->SetSashGravity(0.0);

    auto* rootSizer = new wxBoxSizer(wxVERTICAL);
    rootSizer->Add(m_splitter, wxSizerFlags(1).Expand());
    root->SetSizer(rootSizer);

    restoreWindowState(*this, *m_splitter);
    bindCommands();
    m_session->subscribe([this](const session::ChangeEvent& change) { onSessionChanged(change); });
    // After the window's own listener: restoring who rated last refreshes what it just rebuilt.
    m_round = std::make_unique<RoundCommands>(this, *m_session, *this, m_chooseFile, m_repository->path());
    m_signOff = std::make_unique<SignOffCommands>(this, *GetMenuBar(), *m_session, *this);
    m_session->beforeReviewChange([this] { m_pages->flushEdits(); });
    m_raterBar->refresh();
}

MainFrame::~MainFrame()
{
    // The panels hold references to the session, which is a member: destroy them first.
    DestroyChildren();
}

void MainFrame::bindCommands()
{
    auto& commands = *m_commands;
    Bind(wxEVT_MENU, [&commands](wxCommandEvent&) { commands.newOrganisation(); }, kIdNewOrganisation);
    Bind(wxEVT_MENU, [&commands](wxCommandEvent&) { commands.newReview(); }, kIdNewReview);
    Bind(wxEVT_MENU, [&commands](wxCommandEvent&) { commands.openReview(); }, kIdOpenReview);
    Bind(wxEVT_MENU, [&commands](wxCommandEvent&) { commands.importAnswers(); }, kIdImportAnswers);
    Bind(wxEVT_MENU, [&commands](wxCommandEvent&) { commands.importChecklist(); }, kIdImportChecklist);
    Bind(wxEVT_MENU, [&commands](wxCommandEvent&) { commands.exportAnswers(); }, kIdExportAnswers);
    Bind(wxEVT_MENU, [&commands](wxCommandEvent&) { commands.openDemo(); }, kIdOpenDemo);
    Bind(wxEVT_MENU, [&commands](wxCommandEvent&) { commands.addRater(); }, kIdAddRater);
    Bind(wxEVT_BUTTON, [&commands](wxCommandEvent&) { commands.addRater(); }, kIdAddRater);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { m_round->switchRater(1); }, kIdNextRater);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { m_round->switchRater(-1); }, kIdPreviousRater);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { m_round->revealRatings(); }, kIdRevealRatings);
    Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { m_round->revealRatings(); }, kIdRevealRatings);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { m_round->reviewSettings(); }, kIdReviewSettings);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { m_round->importReturns(); }, kIdImportReturns);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { m_round->showReturns(); }, kIdShowReturns);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { m_round->sendRatingForms(); }, kIdSendForms);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { present(); }, kIdPresent);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { m_signOff->signOff(); }, kIdSignOff);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { m_signOff->reopen(); }, kIdReopen);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { m_signOff->chooseAssurance(std::nullopt); }, kIdAssuranceSuggested);
    Bind(
        wxEVT_MENU,
        [this](wxCommandEvent& event) {
            m_signOff->chooseAssurance(static_cast<Assurance>(event.GetId() - kIdAssuranceSubstantial));
        },
        kIdAssuranceSubstantial, kIdAssuranceNone);
    auto& reports = *m_reports;
    Bind(wxEVT_MENU, [&reports](wxCommandEvent&) { reports.saveBoardReport(); }, kIdSaveReport);
    Bind(wxEVT_MENU, [&reports](wxCommandEvent&) { reports.printBoardReport(); }, wxID_PRINT);
    Bind(wxEVT_MENU, [&reports](wxCommandEvent&) { reports.previewBoardReport(); }, wxID_PREVIEW);
    Bind(wxEVT_MENU, [&reports](wxCommandEvent&) { reports.exportActionPlan(); }, kIdExportActionPlan);
    Bind(wxEVT_MENU, [&reports](wxCommandEvent&) { reports.saveWorkshopPack(); }, kIdSaveWorkshopPack);
    Bind(wxEVT_MENU, [&reports](wxCommandEvent& event) { reports.setPublicVersion(event.IsChecked()); }, kIdPublicVersion);
    GetMenuBar()->Check(kIdPublicVersion, reports.publicVersion());
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { Close(); }, wxID_EXIT);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { undo(); }, wxID_UNDO);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { redo(); }, wxID_REDO);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { m_tree->focusFind(); }, wxID_FIND);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { m_tree->findNext(); }, kIdFindNext);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { showPage(Page::Items); }, kIdPageItems);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { showPage(Page::Agree); }, kIdPageAgree);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { showPage(Page::Actions); }, kIdPageActions);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { showPage(Page::Dashboard); }, kIdPageDashboard);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { showPage(Page::Compare); }, kIdPageCompare);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { itemPanel()->addAction(); }, kIdAddAction);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { itemPanel()->showHistory(); }, kIdItemHistory);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { itemPanel()->showHistory(false); }, kIdReviewHistory);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { keyboardHelp(); }, kIdKeyboardHelp);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { showGuide(this, m_resources.guide, *this); }, kIdGuide);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { showAbout(this); }, wxID_ABOUT);
    m_raterBar->beforeRaterChange([this] { itemPanel()->flushEdits(); });
    m_tree->onItemSelected([this](const std::string& itemId) { itemPanel()->showItem(itemId); });
    m_pages->onOpenItem([this](const std::string& itemId) { goToItem(itemId); });
    Bind(wxEVT_CHAR_HOOK, &MainFrame::onCharHook, this);
    Bind(wxEVT_CLOSE_WINDOW, &MainFrame::onClose, this);
}

void MainFrame::startUp(std::optional<session::ReviewPreload::Result> preloaded)
{
    refreshTitle();
    guarded([&] {
        if (preloaded) {
            if (preloaded->review)
                m_session->openReview(std::move(*preloaded->review));
            else
                offerFirstRun();
            return;
        }
        const auto open = session::reviewToOpen(m_repository->listReviews(), lastOpenedReview(m_repository->path()));
        if (open)
            m_session->openReview(*open);
        else
            offerFirstRun();
    });
}

void MainFrame::offerFirstRun()
{
    m_firstRunOffered = true;
    infoBar()->AddButton(kIdOpenDemo, "Open the demo organisation");
    m_infoBar->AddButton(kIdNewOrganisation, "New organisation...");
    m_lastMessage = "There are no reviews yet. Look around the demo organisation, or start with your own.";
    m_infoBar->ShowMessage(m_lastMessage, wxICON_INFORMATION);
}

void MainFrame::onInfoBarButton(wxCommandEvent& event)
{
    const int id = event.GetId();
    if (id == kIdOpenDemo)
        m_commands->openDemo();
    else if (id == kIdNewOrganisation)
        m_commands->newOrganisation();
    else
        event.Skip();  // the bar's own Close button
}

bool MainFrame::TryBefore(wxEvent& event)
{
    // A new command makes an earlier error or warning stale: it goes, and the command says
    // anew what went wrong if anything does. The first-run offer stays until it is taken.
    if (event.GetEventType() == wxEVT_MENU && m_infoBar && m_infoBar->IsShown() && !m_firstRunOffered)
        m_infoBar->Dismiss();
    return wxFrame::TryBefore(event);
}

void MainFrame::withdrawFirstRunOffer()
{
    if (!m_firstRunOffered)
        return;
    m_firstRunOffered = false;
    m_infoBar->Dismiss();
    m_infoBar->RemoveButton(kIdOpenDemo);
    m_infoBar->RemoveButton(kIdNewOrganisation);
}

wxInfoBar* MainFrame::infoBar()
{
    // Made on the first message: most sessions never need one, and start-up is faster without.
    if (!m_infoBar) {
        wxWindow* root = m_splitter->GetParent();
        m_infoBar = new wxInfoBar(root);
        root->GetSizer()->Prepend(m_infoBar, wxSizerFlags().Expand());
        m_infoBar->Bind(wxEVT_BUTTON, &MainFrame::onInfoBarButton, this);
        root->Layout();
    }
    return m_infoBar;
}

void MainFrame::showError(const wxString& message)
{
    withdrawFirstRunOffer();
    m_lastMessage = message;
    infoBar()->ShowMessage(message, wxICON_ERROR);
    wxLogDebug("%s", message);
}

void MainFrame::showWarning(const wxString& message)
{
    withdrawFirstRunOffer();
    m_lastMessage = message;
    infoBar()->ShowMessage(message, wxICON_WARNING);
}

void MainFrame::showStatus(const wxString& message)
{
    SetStatusText(message, 0);
    // A status message is news: it goes after a while rather than describing the past for hours.
    if (message.empty())
        m_statusTimer.Stop();
    else
        m_statusTimer.StartOnce(kStatusMilliseconds);
}

void MainFrame::showPage(Page page)
{
    m_pages->show(page);
}

wxChoice* MainFrame::raterChoice() const
{
    return m_raterBar->choice();
}

void MainFrame::goToItem(const std::string& itemId)
{
    showPage(Page::Items);
    m_tree->selectItem(itemId);
}

void MainFrame::onSessionChanged(const session::ChangeEvent& change)
{
    using session::Change;
    switch (change.what) {
    case Change::Review:
        if (m_session->hasReview())
            withdrawFirstRunOffer();
        itemPanel()->resetForReview();
        m_tree->rebuild();
        m_raterBar->refresh();
        refreshTitle();
        if (m_session->hasReview())
            m_tree->selectItem(m_tree->navigator()->first());
        break;
    case Change::Answers:
        m_tree->refreshMarks();
        itemPanel()->refresh();
        break;
    case Change::Raters:
        m_raterBar->refresh();
        m_tree->refreshMarks();
        itemPanel()->refresh();
        break;
    case Change::Actions:
        itemPanel()->refresh();
        break;
    case Change::Reviews:
        break;
    }
    if (change.what != Change::Reviews)
        m_pages->refresh(true);
    refreshUndoMenu();
}

void MainFrame::present()
{
    if (!m_session->hasReview()) {
        showStatus("Open a review first (File > Open review).");
        return;
    }
    if (m_present) {
        m_present->Raise();
        return;
    }
    const std::string item = m_tree->selectedItem().empty() ? m_tree->navigator()->first() : m_tree->selectedItem();
    m_present = new PresentFrame(this, *m_session, *this, item);
    m_present->Bind(wxEVT_CLOSE_WINDOW, [this](wxCloseEvent& event) {
        // Back in the window, on the item the room reached.
        if (m_present)
            m_tree->selectItem(m_present->item());
        m_present = nullptr;
        event.Skip();
    });
    m_present->Show();
    m_present->Raise();
}

void MainFrame::keyboardHelp()
{
    // Without a review open, the levels are those of the shipped checklist's scale, 0 to 4.
    const int maxLevel = m_session->hasReview() ? m_session->checklist().maxLevel() : 4;
    if (showKeyboardHelp(this, *GetMenuBar(), maxLevel))
        showGuide(this, m_resources.guide, *this);
}

void MainFrame::refreshTitle()
{
    // An archive on a read-only share opens to be read; every edit would fail, so say so up front.
    const wxString access = m_repository->readOnly() ? L"Read-only database: changes cannot be saved \u2014 " : L"";
    if (!m_session->hasReview()) {
        SetTitle("CCG Self-Assessment");
        SetStatusText(access + "No review open", 1);
        return;
    }
    const auto& review = m_session->review();
    const wxString name = wxString::FromUTF8(review.organisation.name + ": " + review.info.title);
    SetTitle(name + L" \u2014 CCG Self-Assessment");
    SetStatusText(access + wxString::FromUTF8(m_session->checklist().title + " " + m_session->checklist().version), 1);
}

void MainFrame::refreshUndoMenu()
{
    wxMenuBar* bar = GetMenuBar();
    const auto& history = m_session->history();
    bar->Enable(wxID_UNDO, history.canUndo());
    bar->Enable(wxID_REDO, history.canRedo());
    // Descriptions may hold user text: an '&' in it is shown, not taken for a mnemonic.
    const auto shown = [](const std::string& text) { return wxControl::EscapeMnemonics(wxString::FromUTF8(text)); };
    bar->SetLabel(wxID_UNDO, history.canUndo() ? "&Undo " + shown(history.undoDescription()) + "\tCtrl+Z"
                                               : wxString("&Undo\tCtrl+Z"));
    bar->SetLabel(wxID_REDO, history.canRedo() ? "&Redo " + shown(history.redoDescription()) + "\tCtrl+Y"
                                               : wxString("&Redo\tCtrl+Y"));
}

void MainFrame::undo()
{
    // Typed text not yet stored becomes an edit first, so Undo takes back what was typed.
    m_pages->flushEdits();
    if (guarded([&] { m_session->undo(); }))
        showStatus(wxString());
    refreshUndoMenu();
}

void MainFrame::redo()
{
    m_pages->flushEdits();
    guarded([&] { m_session->redo(); });
    refreshUndoMenu();
}

void MainFrame::onCharHook(wxKeyEvent& event)
{
    // Shift+E in the tree steps the selected item's strength whatever page is open: the tree
    // shows the strength beside the item (the Items page takes the key itself when it has the focus).
    if (m_session->hasReview() && isStrengthKey(event.GetKeyCode(), event.GetModifiers()) &&
        FindFocus() == m_tree->tree()) {
        itemPanel()->cycleStrength();
        return;
    }
    const Page page = m_pages->current();
    const bool ratingScreen = page == Page::Items || page == Page::Agree;
    if (!m_session->hasReview() || !ratingScreen || acceptsTyping(FindFocus())) {
        event.Skip();
        return;
    }
    const KeyAction action = keyAction(event.GetKeyCode(), event.GetModifiers(), m_session->checklist().maxLevel());
    const bool moves = action.command != KeyCommand::Rate && action.command != KeyCommand::NotApplicable &&
                       action.command != KeyCommand::ClearRating;
    // In the agree view the arrows belong to its list; only the rating keys are ours there.
    if (action.command == KeyCommand::None || (page == Page::Agree && moves)) {
        event.Skip();
        return;
    }
    runKey(action);
}

void MainFrame::runKey(const KeyAction& action)
{
    const Page page = m_pages->current();
    const session::ItemNavigator* navigator = m_tree->navigator();
    const std::string current = m_tree->selectedItem();
    switch (action.command) {
    case KeyCommand::Rate:
    case KeyCommand::NotApplicable: {
        const Rating rating =
            action.command == KeyCommand::Rate ? Rating::at(action.level) : Rating::notApplicable();
        if (page == Page::Agree)
            agreePanel()->agreeSelected(rating);
        else
            itemPanel()->rate(rating);
        break;
    }
    case KeyCommand::ClearRating:
        // Taking a rating back is a step of its own (and undoable), never a side effect of a click.
        if (page == Page::Agree)
            agreePanel()->agreeSelected(std::nullopt);
        else
            itemPanel()->rate(std::nullopt);
        break;
    case KeyCommand::NextItem: m_tree->selectItem(navigator->next(current)); break;
    case KeyCommand::PreviousItem: m_tree->selectItem(navigator->previous(current)); break;
    case KeyCommand::NextDomain: m_tree->selectItem(navigator->nextDomain(current)); break;
    case KeyCommand::PreviousDomain: m_tree->selectItem(navigator->previousDomain(current)); break;
    case KeyCommand::None: break;
    }
}

void MainFrame::onClose(wxCloseEvent& event)
{
    // Whatever is typed is stored before the window goes, even if the timer has not fired.
    const bool saved = guarded([&] { m_pages->flushEdits(); });
    if (!saved && event.CanVeto()) {
        event.Veto();
        return;
    }
    saveWindowState(*this, *m_splitter);
    rememberOpenReview(m_repository->path(), m_session->hasReview() ? std::optional(m_session->review().id)
                                                                     : std::nullopt);
    Destroy();
}

}  // namespace ccg::gui
