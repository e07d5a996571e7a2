#pragma once

#include "app/session/change_event.hpp"

#include <functional>
#include <string>
#include <vector>

namespace ccg::session {

/// One undoable change: how to make it again and how to take it back.
struct Edit {
    std::string description;  ///< e.g. "rating of gov-01"
    std::string key;          ///< edits with the same key may merge, e.g. "note/gov-01/chair"
    std::function<void()> undo;
    std::function<void()> redo;
    ChangeEvent change;       ///< what undoing or redoing it changes
};

/// The undo and redo stacks. The edits themselves have already been applied when recorded.
class EditHistory {
public:
    /// Records an applied edit; a new edit clears the redo stack. An edit whose key matches the
    /// last, unsealed edit is merged into it (so typing a note is one step, not one per pause).
    void record(Edit edit);
    /// Stops the last edit absorbing the next one with the same key.
    void seal() { m_sealed = true; }
    void clear();

    [[nodiscard]] bool canUndo() const { return !m_undo.empty(); }
    [[nodiscard]] bool canRedo() const { return !m_redo.empty(); }
    [[nodiscard]] std::string undoDescription() const;
    [[nodiscard]] std::string redoDescription() const;

    /// Takes back the last edit and says what changed; a failing undo keeps the stacks as they were.
    ChangeEvent undo();
    /// Makes the last undone edit again and says what changed.
    ChangeEvent redo();

private:
    std::vector<Edit> m_undo;
    std::vector<Edit> m_redo;
    bool m_sealed = true;
};

}  // namespace ccg::session
