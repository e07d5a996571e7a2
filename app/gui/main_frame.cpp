#include "app/gui/main_frame.hpp"

#include "app/gui/actions_panel.hpp"
#include "app/gui/agree_panel.hpp"
#include "app/gui/command_ids.hpp"
#include "app/gui/dashboard_panel.hpp"
#include "app/gui/item_panel.hpp"
#include "app/gui/item_tree_panel.hpp"
#include "app/gui/menu_bar.hpp"
#include "app/gui/report_commands.hpp"
#include "app/gui/review_commands.hpp"
#include "app/gui/window_state.hpp"
#include "app/session/dashboard_model.hpp"
#include "app/session/review_session.hpp"

#include <wx/aboutdlg.h>
#include <wx/button.h>
#include <wx/choice.h>
#include <wx/config.h>
#include <wx/infobar.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/notebook.h>
#include <wx/sizer.h>
#include <wx/splitter.h>
#include <wx/stattext.h>
#include <wx/statusbr.h>

#include <utility>

namespace ccg::gui {

namespace {

#ifdef CCG_HAVE_REPORTS
constexpr bool kWithReports = true;
#else
constexpr bool kWithReports = false;
#endif

wxString raterLabel(const Rater& rater)
{
    wxString label = wxString::FromUTF8(rater.name.empty() ? rater.id : rater.name);
    if (!rater.role.empty())
        label += " (" + wxString::FromUTF8(rater.role) + ")";
    return label;
}

}  // namespace

MainFrame::MainFrame(storage::Repository repository, session::ResourcePaths resources)
    : wxFrame(nullptr, wxID_ANY, "CCG Self-Assessment"),
      m_repository(std::make_unique<storage::Repository>(std::move(repository))),
      m_session(std::make_unique<session::ReviewSession>(*m_repository, resources.checklist)),
      m_resources(std::move(resources))
{
    SetName("main-frame");
    m_commands = std::make_unique<ReviewCommands>(this, *m_session, *this, m_resources, m_chooseFile);
#ifdef CCG_HAVE_REPORTS
    m_reports = std::make_unique<ReportCommands>(this, *m_session, *this, m_chooseFile);
#endif
    SetMenuBar(createMenuBar(kWithReports));
    CreateStatusBar(2);
    const int widths[] = {-1, -2};
    SetStatusWidths(2, widths);

    auto* root = new wxPanel(this);
    m_splitter = new wxSplitterWindow(root, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                      wxSP_LIVE_UPDATE | wxSP_3DSASH | wxSP_NO_XP_THEME);
    m_splitter->SetMinimumPaneSize(FromDIP(200));
    m_tree = new ItemTreePanel(m_splitter, *m_session, *this);

    auto* right = new wxPanel(m_splitter);
    m_rater = new wxChoice(right, wxID_ANY);
    m_rater->SetName("rater");
    auto* addRater = new wxButton(right, kIdAddRater, "Add rater...");
    m_reviewLabel = new wxStaticText(right, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize,
                                     wxST_ELLIPSIZE_END | wxALIGN_RIGHT);
    m_reviewLabel->SetFont(m_reviewLabel->GetFont().Bold());
    auto* strip = new wxBoxSizer(wxHORIZONTAL);
    strip->Add(new wxStaticText(right, wxID_ANY, "Rating as"), wxSizerFlags().CentreVertical());
    strip->Add(m_rater, wxSizerFlags().CentreVertical().Border(wxLEFT, FromDIP(6)));
    strip->Add(addRater, wxSizerFlags().CentreVertical().Border(wxLEFT, FromDIP(6)));
    strip->Add(m_reviewLabel, wxSizerFlags(1).CentreVertical().Border(wxLEFT, FromDIP(16)));

    m_notebook = new wxNotebook(right, wxID_ANY);
    m_item = new ItemPanel(m_notebook, *m_session, *this);
    m_notebook->AddPage(m_item, "Items");
    // The other pages are built when first shown: start-up pays only for what it shows.
    for (const char* title : {"Agree", "Actions", "Dashboard"}) {
        auto* placeholder = new wxPanel(m_notebook);
        placeholder->SetSizer(new wxBoxSizer(wxVERTICAL));
        m_notebook->AddPage(placeholder, title);
    }

    auto* rightSizer = new wxBoxSizer(wxVERTICAL);
    rightSizer->Add(strip, wxSizerFlags().Expand().Border(wxALL, FromDIP(6)));
    rightSizer->Add(m_notebook, wxSizerFlags(1).Expand());
    right->SetSizer(rightSizer);
    m_splitter->SplitVertically(m_tree, right);
    m_splitter->SetSashGravity(0.0);

    auto* rootSizer = new wxBoxSizer(wxVERTICAL);
    rootSizer->Add(m_splitter, wxSizerFlags(1).Expand());
    root->SetSizer(rootSizer);

    restoreWindowState(*this, *m_splitter);
    bindCommands();
    m_session->subscribe([this](const session::ChangeEvent& change) { onSessionChanged(change); });
    refreshPages(true);
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
    Bind(wxEVT_MENU, [&commands](wxCommandEvent&) { commands.exportAnswers(); }, kIdExportAnswers);
    Bind(wxEVT_MENU, [&commands](wxCommandEvent&) { commands.openDemo(); }, kIdOpenDemo);
    Bind(wxEVT_MENU, [&commands](wxCommandEvent&) { commands.addRater(); }, kIdAddRater);
    Bind(wxEVT_BUTTON, [&commands](wxCommandEvent&) { commands.addRater(); }, kIdAddRater);
#ifdef CCG_HAVE_REPORTS
    auto& reports = *m_reports;
    Bind(wxEVT_MENU, [&reports](wxCommandEvent&) { reports.saveBoardReport(); }, kIdSaveReport);
    Bind(wxEVT_MENU, [&reports](wxCommandEvent&) { reports.exportActionPlan(); }, kIdExportActionPlan);
    Bind(wxEVT_MENU, [&reports](wxCommandEvent&) { reports.saveWorkshopPack(); }, kIdSaveWorkshopPack);
#endif
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { Close(); }, wxID_EXIT);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { undo(); }, wxID_UNDO);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { redo(); }, wxID_REDO);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { m_tree->focusFind(); }, wxID_FIND);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { m_tree->findNext(); }, kIdFindNext);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { showPage(Page::Items); }, kIdPageItems);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { showPage(Page::Agree); }, kIdPageAgree);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { showPage(Page::Actions); }, kIdPageActions);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { showPage(Page::Dashboard); }, kIdPageDashboard);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { m_item->addAction(); }, kIdAddAction);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { showKeyboardHelp(); }, kIdKeyboardHelp);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { showAbout(); }, wxID_ABOUT);
    m_rater->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { onRaterChosen(); });
    m_notebook->Bind(wxEVT_NOTEBOOK_PAGE_CHANGED, [this](wxBookCtrlEvent&) { onPageChanged(); });
    m_tree->onItemSelected([this](const std::string& itemId) { m_item->showItem(itemId); });
    Bind(wxEVT_CHAR_HOOK, &MainFrame::onCharHook, this);
    Bind(wxEVT_CLOSE_WINDOW, &MainFrame::onClose, this);
}

void MainFrame::startUp()
{
    guarded([&] {
        const auto reviews = m_repository->listReviews();
        if (reviews.empty()) {
            offerFirstRun();
            return;
        }
        wxConfigBase* config = wxConfigBase::Get();
        storage::RowId open = reviews.front().id;
        if (config->Read("/Session/Database", wxString()) == wxString(m_repository->path().string())) {
            const long last = config->ReadLong("/Session/Review", 0);
            for (const auto& review : reviews)
                if (review.id == last)
                    open = review.id;
        }
        m_session->openReview(open);
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
}

void MainFrame::showPage(Page page)
{
    m_notebook->SetSelection(static_cast<std::size_t>(page));
    onPageChanged();
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
        m_item->resetForReview();
        m_tree->rebuild();
        refreshRaters();
        refreshTitle();
        if (m_session->hasReview())
            m_tree->selectItem(m_tree->navigator()->first());
        break;
    case Change::Answers:
        m_tree->refreshMarks();
        m_item->refresh();
        break;
    case Change::Raters:
        refreshRaters();
        m_tree->refreshMarks();
        m_item->refresh();
        break;
    case Change::Actions:
        m_item->refresh();
        break;
    case Change::Reviews:
        break;
    }
    refreshPages(change.what != Change::Reviews);
    refreshUndoMenu();
}

void MainFrame::refreshPages(bool all)
{
    // The other pages are rebuilt now when on screen, else when next shown.
    if (all) {
        m_agreeStale = true;
        m_actionsStale = true;
        m_dashboardStale = true;
    }
    switch (static_cast<Page>(m_notebook->GetSelection())) {
    case Page::Items:
        break;
    case Page::Agree:
        if (std::exchange(m_agreeStale, false))
            agreePanel()->refresh();
        break;
    case Page::Actions:
        if (std::exchange(m_actionsStale, false))
            actionsPanel()->refresh();
        break;
    case Page::Dashboard:
        if (m_session->hasReview() && std::exchange(m_dashboardStale, false))
            dashboardPanel()->showDashboard(m_session->dashboard(session::todayIso()));
        break;
    }
}

wxWindow* MainFrame::placePage(Page page, wxWindow* panel)
{
    wxWindow* placeholder = m_notebook->GetPage(static_cast<std::size_t>(page));
    placeholder->GetSizer()->Add(panel, wxSizerFlags(1).Expand());
    placeholder->Layout();
    return panel;
}

AgreePanel* MainFrame::agreePanel()
{
    if (!m_agree)
        m_agree = static_cast<AgreePanel*>(
            placePage(Page::Agree, new AgreePanel(m_notebook->GetPage(1), *m_session, *this)));
    return m_agree;
}

ActionsPanel* MainFrame::actionsPanel()
{
    if (!m_actions)
        m_actions = static_cast<ActionsPanel*>(
            placePage(Page::Actions, new ActionsPanel(m_notebook->GetPage(2), *m_session, *this)));
    return m_actions;
}

DashboardPanel* MainFrame::dashboardPanel()
{
    if (!m_dashboard) {
        m_dashboard = static_cast<DashboardPanel*>(
            placePage(Page::Dashboard, new DashboardPanel(m_notebook->GetPage(3))));
        m_dashboard->onOpenItem([this](const std::string& itemId) { goToItem(itemId); });
    }
    return m_dashboard;
}

void MainFrame::onPageChanged()
{
    guarded([&] { refreshPages(false); });
}

void MainFrame::refreshRaters()
{
    m_rater->Clear();
    if (!m_session->hasReview()) {
        m_rater->Enable(false);
        return;
    }
    const auto& raters = m_session->assessment().raters;
    if (raters.empty()) {
        m_rater->Append("You (no named raters yet)", new wxStringClientData(wxString()));
    }
    for (const auto& rater : raters)
        m_rater->Append(raterLabel(rater), new wxStringClientData(wxString::FromUTF8(rater.id)));
    const bool anonymousAnswers = std::any_of(m_session->assessment().answers.begin(),
                                              m_session->assessment().answers.end(),
                                              [](const Answer& answer) { return answer.rater.empty(); });
    if (!raters.empty() && anonymousAnswers)
        m_rater->Append("Anonymous rater", new wxStringClientData(wxString()));
    for (unsigned i = 0; i < m_rater->GetCount(); ++i) {
        const auto* data = static_cast<wxStringClientData*>(m_rater->GetClientObject(i));
        if (data->GetData().utf8_string() == m_session->currentRater())
            m_rater->SetSelection(static_cast<int>(i));
    }
    m_rater->Enable(m_rater->GetCount() > 1);
    m_rater->GetParent()->Layout();
    refreshTitle();
}

void MainFrame::onRaterChosen()
{
    const int selection = m_rater->GetSelection();
    if (selection == wxNOT_FOUND)
        return;
    m_item->flushEdits();
    const auto* data = static_cast<wxStringClientData*>(m_rater->GetClientObject(static_cast<unsigned>(selection)));
    guarded([&] { m_session->setCurrentRater(data->GetData().utf8_string()); });
}

void MainFrame::refreshTitle()
{
    if (!m_session->hasReview()) {
        SetTitle("CCG Self-Assessment");
        m_reviewLabel->SetLabel(wxString());
        SetStatusText("No review open", 1);
        return;
    }
    const auto& review = m_session->review();
    const wxString name = wxString::FromUTF8(review.organisation.name + ": " + review.info.title);
    SetTitle(name + L" \u2014 CCG Self-Assessment");
    m_reviewLabel->SetLabel(name + (review.info.date.empty() ? wxString() : ", " + wxString::FromUTF8(review.info.date)));
    SetStatusText(wxString::FromUTF8(m_session->checklist().title + " " + m_session->checklist().version), 1);
}

void MainFrame::refreshUndoMenu()
{
    wxMenuBar* bar = GetMenuBar();
    const auto& history = m_session->history();
    bar->Enable(wxID_UNDO, history.canUndo());
    bar->Enable(wxID_REDO, history.canRedo());
    bar->SetLabel(wxID_UNDO, history.canUndo() ? "&Undo " + wxString::FromUTF8(history.undoDescription()) + "\tCtrl+Z"
                                               : wxString("&Undo\tCtrl+Z"));
    bar->SetLabel(wxID_REDO, history.canRedo() ? "&Redo " + wxString::FromUTF8(history.redoDescription()) + "\tCtrl+Y"
                                               : wxString("&Redo\tCtrl+Y"));
}

void MainFrame::undo()
{
    // Typed text not yet stored becomes an edit first, so Undo takes back what was typed.
    m_item->flushEdits();
    if (guarded([&] { m_session->undo(); }))
        showStatus(wxString());
    refreshUndoMenu();
}

void MainFrame::redo()
{
    m_item->flushEdits();
    guarded([&] { m_session->redo(); });
    refreshUndoMenu();
}

void MainFrame::onCharHook(wxKeyEvent& event)
{
    const auto page = static_cast<Page>(m_notebook->GetSelection());
    const bool ratingScreen = page == Page::Items || page == Page::Agree;
    if (!m_session->hasReview() || !ratingScreen || acceptsTyping(FindFocus())) {
        event.Skip();
        return;
    }
    const KeyAction action = keyAction(event.GetKeyCode(), event.GetModifiers(), m_session->checklist().maxLevel());
    const bool moves = action.command != KeyCommand::Rate && action.command != KeyCommand::NotApplicable;
    // In the agree view the arrows belong to its list; only the rating keys are ours there.
    if (action.command == KeyCommand::None || (page == Page::Agree && moves)) {
        event.Skip();
        return;
    }
    runKey(action);
}

void MainFrame::runKey(const KeyAction& action)
{
    const auto page = static_cast<Page>(m_notebook->GetSelection());
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
            m_item->rate(rating);
        break;
    }
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
    const bool saved = guarded([&] { m_item->flushEdits(); });
    if (!saved && event.CanVeto()) {
        event.Veto();
        return;
    }
    saveWindowState(*this, *m_splitter);
    wxConfigBase* config = wxConfigBase::Get();
    config->Write("/Session/Database", wxString(m_repository->path().string()));
    if (m_session->hasReview())
        config->Write("/Session/Review", static_cast<long>(m_session->review().id));
    config->Flush();
    Destroy();
}

void MainFrame::showKeyboardHelp()
{
    wxMessageBox("On the Items page:\n"
                 "  0 to 4\trate the item at that level\n"
                 "  N\tmark the item not applicable\n"
                 "  Up, Down\tprevious or next item\n"
                 "  Page Up, Page Down\tprevious or next domain\n\n"
                 "In the Agree view, a level's number or N records the agreed level of the selected item.\n\n"
                 "Anywhere:\n"
                 "  Ctrl+Z, Ctrl+Y\tundo, redo\n"
                 "  Ctrl+F, F3\tfind an item, find the next\n"
                 "  Ctrl+1 to Ctrl+4\tItems, Agree, Actions, Dashboard\n\n"
                 "Digits and N go to the note and evidence boxes as text while you type in them.",
                 "Keyboard shortcuts", wxOK | wxICON_INFORMATION, this);
}

void MainFrame::showAbout()
{
    wxAboutDialogInfo info;
    info.SetName("CCG Self-Assessment");
    info.SetDescription("A board self-assessment against the lessons of the NHS Confederation report "
                        L"\u201CAmbition, challenge, transition\u201D (2013).");
    wxAboutBox(info, this);
}

}  // namespace ccg::gui
