#include "app/session/edit_history.hpp"

#include <utility>

namespace ccg::session {

void EditHistory::record(Edit edit)
{
    m_redo.clear();
    if (!m_sealed && !m_undo.empty() && !edit.key.empty() && m_undo.back().key == edit.key) {
        // Keep the oldest undo, take the newest redo: one step from before typing to after it.
        m_undo.back().redo = std::move(edit.redo);
        return;
    }
    m_undo.push_back(std::move(edit));
    m_sealed = false;
}

void EditHistory::clear()
{
    m_undo.clear();
    m_redo.clear();
    m_sealed = true;
}

std::string EditHistory::undoDescription() const
{
    return m_undo.empty() ? std::string() : m_undo.back().description;
}

std::string EditHistory::redoDescription() const
{
    return m_redo.empty() ? std::string() : m_redo.back().description;
}

ChangeEvent EditHistory::undo()
{
    if (m_undo.empty())
        return {};
    m_undo.back().undo();
    const ChangeEvent change = m_undo.back().change;
    m_redo.push_back(std::move(m_undo.back()));
    m_undo.pop_back();
    m_sealed = true;
    return change;
}

ChangeEvent EditHistory::redo()
{
    if (m_redo.empty())
        return {};
    m_redo.back().redo();
    const ChangeEvent change = m_redo.back().change;
    m_undo.push_back(std::move(m_redo.back()));
    m_redo.pop_back();
    m_sealed = true;
    return change;
}

}  // namespace ccg::session
