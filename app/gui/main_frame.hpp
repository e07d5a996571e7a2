#pragma once

#include "app/gui/file_chooser.hpp"
#include "app/gui/keyboard.hpp"
#include "app/gui/review_pages.hpp"
#include "app/gui/user_messages.hpp"
#include "app/session/change_event.hpp"
#include "app/session/resource_paths.hpp"
#include "app/session/review_preload.hpp"
#include "app/storage/repository.hpp"

#include <wx/frame.h>
#include <wx/timer.h>

#include <memory>
#include <string>

class wxChoice;
class wxInfoBar;
class wxSplitterWindow;

namespace ccg::session {
class ReviewSession;
}

namespace ccg::gui {

class ItemPanel;
class ItemTreePanel;
class RaterBar;
class ReportCommands;
class RoundCommands;
class SignOffCommands;
class PresentFrame;
class ReviewCommands;

/// The main window: it creates the panels, routes menu commands and keys to them, and shows
/// messages in its info bar. It owns the database connection it works on.
class MainFrame : public wxFrame, public UserMessages {
public:
    using Page = ReviewPages::Page;

    MainFrame(storage::Repository repository, session::ResourcePaths resources);
    ~MainFrame() override;

    /// Opens the last review used with this database, else the first listed, else offers the
    /// demo; takes the review from `preloaded` when a ReviewPreload read it.
    void startUp(std::optional<session::ReviewPreload::Result> preloaded = std::nullopt);
    void showPage(Page page);
    [[nodiscard]] Page currentPage() const { return m_pages->current(); }
    /// Shows an item on the Items page.
    void goToItem(const std::string& itemId);

    void showError(const wxString& message) override;
    void showWarning(const wxString& message) override;
    void showStatus(const wxString& message) override;
    /// The last message shown in the info bar (for tests and accessibility checks).
    [[nodiscard]] const wxString& lastMessage() const { return m_lastMessage; }
    /// Replaces the file dialog of every command (tests answer it without a native dialog); each
    /// request still starts in the folder last used for its kind.
    void setFileChooser(FileChooser chooser) { m_chooseFile = rememberingFolders(std::move(chooser)); }

    [[nodiscard]] session::ReviewSession& session() { return *m_session; }
    [[nodiscard]] ItemTreePanel* treePanel() const { return m_tree; }
    [[nodiscard]] ItemPanel* itemPanel() const { return m_pages->itemPanel(); }
    [[nodiscard]] AgreePanel* agreePanel() { return m_pages->agreePanel(); }
    [[nodiscard]] ActionsPanel* actionsPanel() { return m_pages->actionsPanel(); }
    [[nodiscard]] DashboardPanel* dashboardPanel() { return m_pages->dashboardPanel(); }
    [[nodiscard]] ComparePanel* comparePanel() { return m_pages->comparePanel(); }
    [[nodiscard]] wxChoice* raterChoice() const;
    /// How long a status message stays.
    static constexpr int kStatusMilliseconds = 8000;
    /// Clears the status message when it has been shown long enough.
    [[nodiscard]] wxTimer& statusTimer() { return m_statusTimer; }
    /// The view for the room, while it is open.
    [[nodiscard]] PresentFrame* presentFrame() const { return m_present; }
    /// The bar for messages at the top of the window, made on first use.
    [[nodiscard]] wxInfoBar* infoBar();

protected:
    bool TryBefore(wxEvent& event) override;

private:
    void bindCommands();
    void onSessionChanged(const session::ChangeEvent& change);
    void refreshTitle();
    void refreshUndoMenu();
    void offerFirstRun();
    void withdrawFirstRunOffer();
    void onCharHook(wxKeyEvent& event);
    void runKey(const KeyAction& action);
    void undo();
    void redo();
    void onInfoBarButton(wxCommandEvent& event);
    void onClose(wxCloseEvent& event);
    /// Opens (or raises) the view for the room on the selected item.
    void present();
    /// Help > Keyboard shortcuts, and the guide when asked for from there.
    void keyboardHelp();

    std::unique_ptr<storage::Repository> m_repository;
    std::unique_ptr<session::ReviewSession> m_session;
    session::ResourcePaths m_resources;
    FileChooser m_chooseFile = rememberingFolders(chooseFileWithDialog);
    std::unique_ptr<ReviewCommands> m_commands;
    std::unique_ptr<ReportCommands> m_reports;
    std::unique_ptr<RoundCommands> m_round;
    std::unique_ptr<SignOffCommands> m_signOff;

    wxInfoBar* m_infoBar = nullptr;
    wxSplitterWindow* m_splitter = nullptr;
    ItemTreePanel* m_tree = nullptr;
    RaterBar* m_raterBar = nullptr;
    ReviewPages* m_pages = nullptr;
    PresentFrame* m_present = nullptr;
    wxTimer m_statusTimer;
    bool m_firstRunOffered = false;
    wxString m_lastMessage;
};

}  // namespace ccg::gui
