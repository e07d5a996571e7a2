#pragma once

#include <wx/treebase.h>

#include <string>

namespace ccg::gui {

/// Tree data naming the item a node stands for (domain headings have none).
class ItemTreeData : public wxTreeItemData {
public:
    explicit ItemTreeData(std::string id) : m_id(std::move(id)) {}
    [[nodiscard]] const std::string& id() const { return m_id; }

private:
    std::string m_id;
};

}  // namespace ccg::gui
