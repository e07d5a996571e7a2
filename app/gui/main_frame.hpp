#pragma once

#include "app/gui/file_chooser.hpp"
#include "app/gui/keyboard.hpp"
#include "app/gui/user_messages.hpp"
#include "app/session/change_event.hpp"
#include "app/session/resource_paths.hpp"
#include "app/storage/repository.hpp"

#include <wx/frame.h>

#include <memory>
#include <string>

class wxChoice;
class wxInfoBar;
class wxNotebook;
class wxSplitterWindow;
class wxStaticText;

namespace ccg::session {
class ReviewSession;
}

namespace ccg::gui {

class ActionsPanel;
class AgreePanel;
class DashboardPanel;
class ItemPanel;
class ItemTreePanel;
class ReportCommands;
class ReviewCommands;

/// The main window: it creates the panels, routes menu commands and keys to them, and shows
/// messages in its info bar. It owns the database connection it works on.
class MainFrame : public wxFrame, public UserMessages {
public:
    /// The notebook pages, in order.
    enum class Page { Items, Agree, Actions, Dashboard };

    MainFrame(storage::Repository repository, session::ResourcePaths resources);
    ~MainFrame() override;

    /// Opens the last review used with this database, else the newest, else offers the demo.
    void startUp();
    void showPage(Page page);
    /// Shows an item on the Items page.
    void goToItem(const std::string& itemId);

    void showError(const wxString& message) override;
    void showWarning(const wxString& message) override;
    void showStatus(const wxString& message) override;
    /// The last message shown in the info bar (for tests and accessibility checks).
    [[nodiscard]] const wxString& lastMessage() const { return m_lastMessage; }

    [[nodiscard]] session::ReviewSession& session() { return *m_session; }
    [[nodiscard]] ItemTreePanel* treePanel() const { return m_tree; }
    [[nodiscard]] ItemPanel* itemPanel() const { return m_item; }
    /// The pages other than Items, built on first use.
    [[nodiscard]] AgreePanel* agreePanel();
    [[nodiscard]] ActionsPanel* actionsPanel();
    [[nodiscard]] DashboardPanel* dashboardPanel();
    [[nodiscard]] wxChoice* raterChoice() const { return m_rater; }
    /// The bar for messages at the top of the window, made on first use.
    [[nodiscard]] wxInfoBar* infoBar();
    /// Replaces the file dialog of every command (tests answer it without a native dialog).
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }

private:
    void buildMenuBar();
    void bindCommands();
    void onSessionChanged(const session::ChangeEvent& change);
    void refreshPages(bool all);
    wxWindow* placePage(Page page, wxWindow* panel);
    void refreshRaters();
    void refreshTitle();
    void refreshUndoMenu();
    void offerFirstRun();
    void withdrawFirstRunOffer();
    void onCharHook(wxKeyEvent& event);
    void runKey(const KeyAction& action);
    void onPageChanged();
    void onRaterChosen();
    void undo();
    void redo();
    void onInfoBarButton(wxCommandEvent& event);
    void onClose(wxCloseEvent& event);
    void showKeyboardHelp();
    void showAbout();

    std::unique_ptr<storage::Repository> m_repository;
    std::unique_ptr<session::ReviewSession> m_session;
    session::ResourcePaths m_resources;
    FileChooser m_chooseFile = chooseFileWithDialog;
    std::unique_ptr<ReviewCommands> m_commands;
    std::unique_ptr<ReportCommands> m_reports;

    wxInfoBar* m_infoBar = nullptr;
    wxSplitterWindow* m_splitter = nullptr;
    ItemTreePanel* m_tree = nullptr;
    wxChoice* m_rater = nullptr;
    wxStaticText* m_reviewLabel = nullptr;
    wxNotebook* m_notebook = nullptr;
    ItemPanel* m_item = nullptr;
    AgreePanel* m_agree = nullptr;
    ActionsPanel* m_actions = nullptr;
    DashboardPanel* m_dashboard = nullptr;
    bool m_firstRunOffered = false;
    bool m_agreeStale = true;
    bool m_actionsStale = true;
    bool m_dashboardStale = true;
    wxString m_lastMessage;
};

}  // namespace ccg::gui
